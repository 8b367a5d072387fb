import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF6, domestic side: the absence of what could prevent or soften violence at home: means of
// protection, civil society, free media and early warning. International mitigation is in
// framework-mitigating-international.ts.

export const frameworkMitigatingFactors: Indicator[] = [
  {
    id: 'group-without-protection',
    name: { en: 'Groups at risk left without protection', es: 'Grupos en riesgo sin protección' },
    description: {
      en: 'Communities at risk are defenceless, unprotected or abandoned, with no means or allies to protect themselves.',
      es: 'Comunidades en riesgo indefensas, desprotegidas o abandonadas, sin medios ni aliados para protegerse.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.1'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'defenceless | defenseless | no protection | unprotected | without protection | no means to protect | left to fend | abandoned by',
            ),
            [...en.PROTECTED_GROUP, ...en.VICTIMS, ...terms('communities')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'indefens* | sin proteccion | desprotegid* | sin medios para protegerse | abandonad* a su suerte | abandonad* por',
            ),
            [...es.PROTECTED_GROUP, ...es.VICTIMS, ...terms('comunidades')],
          ],
        },
      ],
    },
  },
  {
    id: 'closing-civic-space',
    name: { en: 'Civil society closed down or persecuted', es: 'Sociedad civil clausurada o perseguida' },
    description: {
      en: 'NGOs, associations, activists or human rights defenders are banned, dissolved, stigmatised, arrested or killed.',
      es: 'ONG, asociaciones, activistas o personas defensoras de derechos humanos prohibidas, disueltas, estigmatizadas, detenidas o asesinadas.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.2'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'ngos | civil society | human rights defenders | activists | associations | community organisations | community organizations',
            ),
            terms(
              'closed | shut down | banned | dissolved | suspended | deregistered | outlawed | foreign agent* | restrictive law | arrested | harassed | raided | criminalized | criminalised | stigmatized | stigmatised | killed',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'ong | ongs | sociedad civil | defensores de derechos humanos | defensoras de derechos humanos | activistas | asociaciones | organizaciones sociales | lideres sociales | lideresas sociales',
            ),
            terms(
              'cerrad* | clausurad* | prohibid* | disuelt* | suspendid* | ilegalizad* | agentes extranjeros | ley restrictiva | detenid* | hostigad* | allanad* | criminaliz* | estigmatiz* | asesinad*',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'media-silenced',
    name: { en: 'Independent media silenced', es: 'Medios independientes silenciados' },
    description: {
      en: 'Journalists are arrested, expelled or killed, and outlets are censored, suspended or shut down.',
      es: 'Periodistas detenidos, expulsados o asesinados, y medios censurados, suspendidos o cerrados.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.3'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'journalists | reporters | media outlets | newspapers | broadcasters | radio stations | independent media | press freedom',
            ),
            terms(
              'arrested | detained | jailed | killed | shut down | closed | banned | censored | censorship | suspended | blocked | raided | harassed | attacked | licences revoked | licenses revoked',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'periodistas | reporteros | medios de comunicacion | periodicos | diarios | emisoras | libertad de prensa | prensa independiente',
            ),
            terms(
              'detenid* | arrestad* | encarcelad* | asesinad* | cerrad* | clausurad* | prohibid* | censura* | censurad* | suspendid* | bloquead* | allanad* | hostigad* | atacad* | licencias revocadas',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'no-early-warning',
    name: { en: 'Early warning absent or ignored', es: 'Alerta temprana ausente o desatendida' },
    description: {
      en: 'There is no working early-warning mechanism relevant to atrocity prevention, or its alerts go unheeded.',
      es: 'No existe un mecanismo de alerta temprana pertinente para prevenir atrocidades, o sus alertas son desatendidas.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.12'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms('early warning'),
            terms(
              'no | absence | lack | lacks | dismantled | ignored | unheeded | without | weak | not functioning | defunded',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms('alerta temprana | alertas tempranas'),
            terms(
              'sin | ausencia | falta | carece | desmantelad* | ignorad* | desatendid* | debil* | no funciona | desfinanciad*',
            ),
          ],
        },
      ],
    },
  },
];
