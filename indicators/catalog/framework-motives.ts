import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF4: reasons used to justify violence. Ethnic cleansing is here as a motive (4.4, making an area
// homogeneous) and cites the acts it is usually carried out through.

export const frameworkMotives: Indicator[] = [
  {
    id: 'political-motive-to-retain-power',
    name: { en: 'Violence to gain or keep power', es: 'Violencia para conquistar o conservar el poder' },
    description: {
      en: 'Leaders seek to seize, keep or extend power, with violence or repression around term extensions or elections.',
      es: 'Dirigentes buscan tomar, conservar o prolongar el poder, con violencia o represión en torno a prórrogas de mandato o elecciones.',
    },
    riskFactors: ['RF4'],
    crimes: [],
    legalBasis: [],
    framework: ['4.1'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'retain power | cling to power | hold on to power | stay in power | remain in power | third term | term extension | consolidate power | seize power',
            ),
            terms('violence | crackdown | repression | elections | opposition | militia* | attacks'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'aferrarse al poder | mantenerse en el poder | perpetuarse en el poder | permanecer en el poder | reeleccion indefinida | tercer mandato | prorroga del mandato | consolidar el poder | tomar el poder',
            ),
            terms('violencia | represion | elecciones | oposicion | milicia* | ataques'),
          ],
        },
      ],
    },
  },
  {
    id: 'economic-and-strategic-interests',
    name: {
      en: 'Armed control of resources, routes or territory',
      es: 'Control armado de recursos, rutas o territorio',
    },
    description: {
      en: 'Armed actors fight to seize or hold mines, oil fields, land, trade or smuggling routes, or strategic territory.',
      es: 'Actores armados luchan por tomar o mantener minas, campos petroleros, tierras, rutas comerciales o de contrabando, o territorio estratégico.',
    },
    riskFactors: ['RF4'],
    crimes: [],
    legalBasis: [],
    framework: ['4.2', '4.3'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms('control of | seize | seized | capture | captured | grab | took over'),
            terms(
              'gold mines | mines | oil fields | oilfields | pipelines | ports | trade routes | smuggling routes | fertile land | border crossings | strategic territory | illicit economies',
            ),
            en.ARMED_ACTORS,
          ],
        },
      ],
      es: [
        {
          all: [
            terms('control de | tomaron | tomar | apoderarse | se apoderaron | disputa por | disputan'),
            terms(
              'minas de oro | minas | yacimientos | pozos petroleros | oleoductos | puertos | rutas comerciales | rutas del narcotrafico | corredores | tierras fertiles | pasos fronterizos | economias ilicitas | cultivos de coca',
            ),
            es.ARMED_ACTORS,
          ],
        },
      ],
    },
  },
  {
    id: 'ethnic-cleansing',
    name: {
      en: 'Ethnic cleansing: making an area homogeneous',
      es: 'Limpieza étnica: homogeneizar una zona',
    },
    description: {
      en: 'Violence aimed at ridding an area of a group so that it becomes ethnically or religiously homogeneous.',
      es: 'Violencia dirigida a expulsar a un grupo de una zona para que esta sea étnica o religiosamente homogénea.',
    },
    riskFactors: ['RF4'],
    crimes: ['crimes_against_humanity', 'genocide'],
    legalBasis: ['7(1)(d)', '7(1)(h)'],
    framework: ['4.4'],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            terms(
              'ethnic cleansing | ethnically cleanse | ethnically cleansed | homogeneous | homogenis* | homogeniz* | purify the area | purge the area | rid the area | rid the region | cleanse the area | cleansing operations',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'limpieza etnica | limpiar etnicamente | homogene* | purificar la zona | purgar la zona | librar la zona | limpiar la zona | operaciones de limpieza',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'perceived-disloyalty-and-collective-punishment',
    name: {
      en: 'Civilians targeted for perceived support of the enemy',
      es: 'Civiles atacados por su supuesto apoyo al enemigo',
    },
    description: {
      en: 'People or communities are accused of supporting or collaborating with armed opponents and punished collectively.',
      es: 'Personas o comunidades acusadas de apoyar o colaborar con los opositores armados y castigadas colectivamente.',
    },
    riskFactors: ['RF4', 'RF13'],
    crimes: ['war_crimes'],
    legalBasis: [],
    framework: ['4.5', '4.6', '13.6'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'accused of supporting | suspected of supporting | accused of collaborating | suspected of collaborating | accused of sympathi* | perceived support | perceived as supporting | perceived affiliation | alleged links to | suspected links to | collective punishment | treated as enemies | treated as the enemy | treated as enemy',
            ),
            [...en.VICTIMS, ...en.PROTECTED_GROUP, ...terms('villages | communities')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'acusad* de apoyar | sospechos* de apoyar | acusad* de colaborar | sospechos* de colaborar | acusad* de simpatizar | presunto apoyo | percibid* como | presuntos vinculos | supuestos vinculos | castigo* colectivo* | auxiliadores de | colaboradores de | tratad* como enemig*',
            ),
            [...es.VICTIMS, ...es.PROTECTED_GROUP, ...terms('aldeas | comunidades | veredas')],
          ],
        },
      ],
    },
  },
  {
    id: 'supremacist-ideology',
    name: { en: 'Ideologies of identity supremacy', es: 'Ideologías de supremacía identitaria' },
    description: {
      en: 'Supremacist or extreme identity-based ideologies: racial or ethnic purity, a superior race or faith.',
      es: 'Ideologías supremacistas o identitarias extremas: pureza racial o étnica, raza o fe superior.',
    },
    // An ideology that gives the nation to one group by blood casts the others as outsiders: identity is the
    // axis of the tension it feeds (9.4).
    riskFactors: ['RF4', 'RF9'],
    crimes: ['genocide'],
    legalBasis: [],
    framework: ['4.7', '9.4'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'supremacis* | racial supremacy | ethnic supremacy | religious supremacy | racial purity | ethnic purity | master race | superior race | purity of the nation | pure blood | ethnonationalis* | ethno nationalis* | great replacement | belongs by blood | belong by blood | sons of the soil | rightful owners of the land | outstayed their welcome | go back where they came from',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'supremacis* | supremacia racial | supremacia etnica | supremacia religiosa | pureza racial | pureza etnica | raza superior | raza pura | pureza de la nacion | sangre pura | etnonacionalis* | gran reemplazo | pertenece por sangre | hijos legitimos de la tierra | duenos legitimos de la tierra | vuelvan a su tierra',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'revenge-and-politicised-grievances',
    name: { en: 'Revenge and politicised grievances', es: 'Venganza y agravios instrumentalizados' },
    description: {
      en: 'Attacks framed as revenge or reprisal for past events, or old grievances turned into a call to violence.',
      es: 'Ataques presentados como venganza o represalia por hechos pasados, o viejos agravios convertidos en llamamiento a la violencia.',
    },
    riskFactors: ['RF4'],
    crimes: [],
    legalBasis: [],
    framework: ['4.8', '4.9'],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'revenge | vengeance | retaliation | retaliatory | reprisal* | avenge | payback | settling scores | historical grievances | old grievances',
            ),
            [...en.KILLED, ...terms('attacks | attacked | raids | burned')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'venganza | represalia* | vengar | desquite | ajuste* de cuentas | agravios historicos | viejos agravios | revancha',
            ),
            [...es.KILLED, ...terms('ataques | atacaron | incursiones | quemaron')],
          ],
        },
      ],
    },
  },
];
