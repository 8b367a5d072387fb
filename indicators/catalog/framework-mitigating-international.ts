import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';

// RF6, 6.4–6.11: missing international mitigation: scrutiny, cooperation with mechanisms, dialogue,
// action by other States and organisations, and refuge across borders.

export const frameworkMitigatingInternational: Indicator[] = [
  {
    id: 'international-scrutiny-blocked',
    name: {
      en: 'International monitors and media kept out',
      es: 'Observadores y prensa internacionales sin acceso',
    },
    description: {
      en: 'UN investigators, monitors, rapporteurs or foreign journalists are denied access to the country or to affected areas.',
      es: 'Se niega a investigadores, observadores, relatores de la ONU o periodistas extranjeros el acceso al país o a las zonas afectadas.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.4', '6.5'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms(
              'denied access | refused access | barred | no access | refused entry | denied entry | denied visas | blocked access | could not access | unable to access | unable to reach',
            ),
            terms(
              'un | united nations | investigators | monitors | commission of inquiry | fact finding | special rapporteur | international media | foreign journalists | observers',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'negaron el acceso | nego el acceso | denegaron el acceso | impidieron el acceso | sin acceso | negaron la entrada | nego la entrada | negaron visados | negaron visas | no pudieron acceder | no han podido acceder',
            ),
            terms(
              'onu | naciones unidas | investigadores | observadores | comision de investigacion | mision de determinacion de los hechos | relator especial | relatora especial | prensa internacional | periodistas extranjeros',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'non-cooperation-with-human-rights-mechanisms',
    name: {
      en: 'Non-cooperation with human rights mechanisms',
      es: 'Falta de cooperación con los mecanismos de derechos humanos',
    },
    description: {
      en: 'The State refuses to cooperate with, admit or answer UN, regional or international justice mechanisms, or withdraws from them.',
      es: 'El Estado se niega a cooperar con los mecanismos de la ONU, regionales o de justicia internacional, a admitirlos o a responderles, o se retira de ellos.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.8'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'refused to cooperate | refuses to cooperate | non cooperation | did not respond | withdrew from | rejected the mandate | refused visits | refused to allow | turned down every | turned down all | rejected every request | refused every request | has not reported to | have not reported to',
            ),
            terms(
              'special rapporteur | special rapporteurs | commission of inquiry | fact finding mission | human rights council | human rights committee | ohchr | treaty bod* | international criminal court | icc | inter american commission | african commission | universal periodic review',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'se nego a cooperar | se niega a cooperar | no coopero | falta de cooperacion | no respondio | se retiro de | rechazo el mandato | no autorizo la visita | no permitio | ha rechazado todas | rechazo todas las | ha denegado todas | no ha presentado informes | no presenta informes',
            ),
            terms(
              'relator especial | relatora especial | relatores especiales | comision de investigacion | mision de determinacion de los hechos | consejo de derechos humanos | comite de derechos humanos | oacnudh | organos de tratados | corte penal internacional | cpi | comision interamericana | corte interamericana | comision africana | examen periodico universal',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'no-will-to-negotiate',
    name: {
      en: 'No will to negotiate or accept mediation',
      es: 'Falta de voluntad de negociar o aceptar mediación',
    },
    description: {
      en: 'Parties refuse talks, walk out of negotiations or reject mediation and international support.',
      es: 'Las partes rechazan el diálogo, abandonan las negociaciones o rechazan la mediación y el apoyo internacional.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.9'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'refused to negotiate | refuse to negotiate | rejected talks | rejected negotiations | rejected dialogue | talks collapsed | negotiations collapsed | walked out of talks | suspended talks | boycotted talks | rejected mediation | refused mediation | no political will',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'se negaron a negociar | se nego a negociar | rechazo el dialogo | rechazaron el dialogo | rechazaron las negociaciones | fracaso de las negociaciones | colapso de las conversaciones | se levantaron de la mesa | suspendieron las conversaciones | rechazaron la mediacion | rechazo la mediacion | falta de voluntad politica',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'international-inaction',
    name: { en: 'International inaction or deadlock', es: 'Inacción o bloqueo internacional' },
    description: {
      en: 'The Security Council, regional bodies or States fail to act, are deadlocked or veto action to protect the population.',
      es: 'El Consejo de Seguridad, los organismos regionales o los Estados no actúan, están bloqueados o vetan medidas para proteger a la población.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.10'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'security council | international community | regional bloc | african union | ecowas | asean | member states',
            ),
            terms(
              'failed to act | failed to agree | unable to agree | failed to adopt | blocked every draft | blocked every resolution | vetoed | veto | paralysed | paralyzed | inaction | silence | did not act | deadlock*',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'consejo de seguridad | comunidad internacional | union africana | cedeao | asean | estados miembros | oea',
            ),
            terms(
              'no actuo | no lograron | no ha logrado aprobar | no logro aprobar | no han logrado aprobar | no ha podido aprobar | bloquearon todos los borradores | veto | vetaron | vetado | paralizad* | inaccion | silencio | punto muerto | estancad*',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'borders-closed-to-people-fleeing',
    name: { en: 'Refuge denied to people fleeing', es: 'Refugio denegado a quienes huyen' },
    description: {
      en: 'Neighbouring States close borders, push back or forcibly return refugees and people fleeing violence.',
      es: 'Estados vecinos cierran fronteras, rechazan o devuelven por la fuerza a refugiados y personas que huyen de la violencia.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.11'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms('border | borders | border crossings | refugees | asylum seekers | fleeing'),
            terms(
              'closed | sealed | pushed back | pushbacks | forcibly returned | refoulement | turned back | denied entry | denied asylum',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'frontera* | pasos fronterizos | refugiados | solicitantes de asilo | que huian | que huyen',
            ),
            terms(
              'cerrad* | cerraron | cerro | sellad* | sello | devoluciones en caliente | devolvieron en caliente | devueltas en caliente | devueltos en caliente | devueltos por la fuerza | devolvio por la fuerza | devolvieron por la fuerza | devolucion forzosa | retornad* por la fuerza | rechazad* | rechazo | negaron la entrada | nego la entrada',
            ),
          ],
        },
      ],
    },
  },
];
