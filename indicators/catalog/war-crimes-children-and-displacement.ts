import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Children in hostilities (8(2)(b)(xxvi), 8(2)(e)(vii)) and displacement in armed conflict: transfers
// in and out of occupied territory (8(2)(b)(viii)) and displacement ordered in a non-international
// conflict (8(2)(e)(viii)). Recruitment words recur in staffing prose, so they need children nearby.

const WC = 'war_crimes' as const;
const CHILDREN_BASIS = ['8(2)(b)(xxvi)', '8(2)(e)(vii)'];

export const warCrimesChildrenAndDisplacement: Indicator[] = [
  {
    id: 'recruitment-of-children',
    name: {
      en: 'Recruitment of children by armed forces or groups',
      es: 'Reclutamiento de niños por fuerzas o grupos armados',
    },
    description: {
      en: 'Children are conscripted, enlisted or recruited, by force or otherwise, into armed forces or armed groups.',
      es: 'Niños y niñas son reclutados, alistados o vinculados, por la fuerza o no, a fuerzas o grupos armados.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: CHILDREN_BASIS,
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms(
              'recruit* | conscript* | enlist* | forcibly mobilised | forcibly mobilized | joined the ranks',
            ),
            en.CHILDREN,
          ],
          window: 10,
          // A risk of recruitment warned of is an early warning (RF5), not children recruited.
          none: terms(
            'school enrolment | enrolled in school | teacher* | staff | volunteer* | vaccinat* | risk of recruitment | risk of the recruitment',
          ),
        },
        {
          all: [terms('child soldier* | children associated with armed | child fighter* | child combatant*')],
        },
      ],
      es: [
        {
          all: [
            terms(
              'reclut* | alistad* | alistamiento | vinculad* | vinculacion | enrolad* | enrolamiento | incorporad* a las filas',
            ),
            es.CHILDREN,
          ],
          window: 10,
          none: terms(
            'docentes | maestros | personal | voluntari* | matricul* | vacuna* | riesgo de reclutamiento | riesgo de vinculacion',
          ),
        },
        {
          all: [
            terms(
              'ninos soldado* | ninas soldado* | nino soldado | nina soldado | menores combatientes | ninos combatientes | ninos asociados',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'use-of-children-in-hostilities',
    name: {
      en: 'Use of children to take part in hostilities',
      es: 'Utilización de niños para participar en las hostilidades',
    },
    description: {
      en: 'Children are used as fighters, spies, messengers, porters, guards at checkpoints or suicide attackers.',
      es: 'Niños y niñas utilizados como combatientes, espías, mensajeros, porteadores, guardias en puestos de control o atacantes suicidas.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: CHILDREN_BASIS,
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            en.CHILDREN,
            terms(
              'used as fighters | used as combatants | used as spies | used as porters | used as messengers | used in hostilities | used as suicide | used in combat | take part in hostilities | participate in hostilities | carrying weapons | manning checkpoints',
            ),
          ],
          window: 10,
        },
        {
          all: [
            anyOf(en.CHILDREN, terms('year olds')),
            terms(
              'sent ahead of | in army uniform | in military uniform | carry explosives | carrying explosives | to carry explosives | as lookouts | as guards | as spies | as porters | as messengers | give one son | one son from each | to defend the land',
            ),
          ],
          window: 14,
        },
        {
          all: [
            terms('among the'),
            terms('fighters | combatants | fighters killed | dead fighters'),
            en.CHILDREN,
          ],
          window: 20,
        },
      ],
      es: [
        {
          all: [
            es.CHILDREN,
            terms(
              'utilizad* como combatientes | utilizad* como espias | utilizad* como informantes | utilizad* como mensajeros | utilizad* como porteadores | utilizad* como escudos | participar en las hostilidades | participar activamente | utilizacion de ninos | utilizacion de menores | en puestos de control | portando armas',
            ),
          ],
          window: 10,
        },
        {
          all: [
            es.CHILDREN,
            terms(
              'como combatientes | como vigias | como carritos | como campaneros | como informantes | como mensajeros | transportar armas | transportar explosivos | llevar explosivos | en sus filas | integrarlos en sus filas | con uniforme militar | entregar un hijo',
            ),
          ],
          window: 14,
        },
        {
          all: [
            terms('entre los'),
            terms('combatientes | guerrilleros | milicianos | combatientes muertos'),
            es.CHILDREN,
          ],
          window: 20,
        },
      ],
    },
  },
  {
    id: 'transfer-of-settlers-into-occupied-territory',
    name: {
      en: 'Transfer of the occupying power’s civilians into occupied territory',
      es: 'Traslado de población civil de la potencia ocupante al territorio ocupado',
    },
    description: {
      en: 'An occupying power moves parts of its own population into the territory it occupies, through settlements or resettlement schemes.',
      es: 'Una potencia ocupante traslada a parte de su propia población al territorio que ocupa, mediante asentamientos o planes de reasentamiento.',
    },
    riskFactors: ['RF12', 'RF4'],
    crimes: [WC, 'crimes_against_humanity'],
    legalBasis: ['8(2)(b)(viii)'],
    framework: ['4.3'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'settler* | settlement expansion | new settlements | settlement units | illegal settlements | settlement construction | own population into',
            ),
            terms('occupied | occupation | occupying power | annexed | annexation'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'colonos | asentamientos ilegales | nuevos asentamientos | expansion de los asentamientos | construccion de asentamientos | unidades de asentamiento | su propia poblacion',
            ),
            terms('ocupad* | ocupacion | potencia ocupante | anexad* | anexion'),
          ],
        },
      ],
    },
  },
  {
    id: 'deportation-from-occupied-territory',
    name: {
      en: 'Deportation or transfer of the population of occupied territory',
      es: 'Deportación o traslado de la población del territorio ocupado',
    },
    description: {
      en: 'Residents of occupied territory, including children, are deported, forcibly transferred or relocated within or outside it.',
      es: 'Residentes de un territorio ocupado, incluidos niños, son deportados, trasladados por la fuerza o reubicados dentro o fuera de él.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(viii)', '8(2)(a)(vii)'],
    framework: [],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            terms(
              'deported | deportation* | forcibly transferred | forcible transfer | relocated | removed to',
            ),
            terms(
              'occupied territor* | occupied areas | occupied region* | occupying power | occupation authorities',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'deportad* | deportacion* | trasladad* por la fuerza | traslado forzoso | reubicad* | llevados a',
            ),
            terms(
              'territorio* ocupado* | zonas ocupadas | regiones ocupadas | potencia ocupante | autoridades de ocupacion',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'ordered-displacement-of-civilians',
    name: {
      en: 'Ordered displacement of civilians in armed conflict',
      es: 'Desplazamiento de civiles ordenado en un conflicto armado',
    },
    description: {
      en: 'A party orders civilians to leave an area, by ultimatum, evacuation orders or threats, for reasons not required by their safety or imperative military necessity.',
      es: 'Una parte ordena a la población civil abandonar una zona, mediante ultimátums, órdenes de evacuación o amenazas, por razones que no exigen su seguridad ni imperativos militares.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(e)(viii)'],
    framework: [],
    weight: 0.75,
    rules: {
      en: [
        {
          all: [
            terms(
              'ordered to leave | ordered residents | ordered civilians | ordered the population | evacuation order* | ultimatum | hours to leave | days to leave | leave or be killed | leave or face | told to leave | forced evacuation*',
            ),
            [...en.ARMED_ACTORS, ...en.VICTIMS],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'ordenaron abandonar | ordeno abandonar | ordenaron a los habitantes | ordenaron a la poblacion | orden* de evacuacion | ultimatum | horas para abandonar | horas para salir | dias para abandonar | dias para salir | dio plazo | dieron plazo | dio un plazo | dieron un plazo | les dijeron que se fueran | o seran asesinados | evacuacion* forzosa* | desalojo forzoso',
            ),
            [...es.ARMED_ACTORS, ...es.VICTIMS],
          ],
        },
      ],
    },
  },
];
