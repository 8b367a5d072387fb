import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Objects with special protection: medical units, schools, places of worship and cultural property, and
// objects indispensable to survival. The English 8(2)(b)(ix) names education; the Spanish text does not,
// but the English is equally authentic (art. 128) and 8(2)(e)(iv) names it in both, so schools cite both.

const WC = 'war_crimes' as const;

export const warCrimesProtectedObjects: Indicator[] = [
  {
    id: 'attacks-on-medical-care',
    name: {
      en: 'Attacks on hospitals, medical units and health workers',
      es: 'Ataques contra hospitales, unidades sanitarias y personal de salud',
    },
    description: {
      en: 'Hospitals, clinics or ambulances are struck, raided or occupied, or doctors, nurses and other health workers are killed, detained or threatened.',
      es: 'Hospitales, clínicas o ambulancias son atacados, asaltados u ocupados, o médicos, enfermeras y otro personal de salud son asesinados, detenidos o amenazados.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xxiv)', '8(2)(e)(ii)', '8(2)(b)(ix)', '8(2)(e)(iv)'],
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        { all: [en.ATTACK, en.MEDICAL], none: en.NOT_ARMED_ATTACK },
        {
          all: [
            terms('killed | abducted | detained | arrested | shot | beaten | threatened'),
            terms(
              'health care workers | ambulance drivers | surgeons | midwives | medical volunteers | first responders',
            ),
          ],
        },
      ],
      es: [
        { all: [es.ATTACK, es.MEDICAL], none: es.NOT_ARMED_ATTACK },
        {
          all: [
            terms('asesinad* | secuestrad* | detenid* | arrestad* | baleados | golpead* | amenazad*'),
            terms(
              'conductores de ambulancia | cirujanos | parteras | voluntarios sanitarios | socorristas | brigadistas de salud',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'attacks-on-schools-and-education',
    name: {
      en: 'Attacks on schools, universities and education',
      es: 'Ataques contra escuelas, universidades y la educación',
    },
    description: {
      en: 'Schools and universities are attacked or used for military purposes, or students and teachers are targeted.',
      es: 'Escuelas y universidades son atacadas o usadas con fines militares, o estudiantes y docentes son atacados.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(ix)', '8(2)(e)(iv)'],
    framework: [],
    weight: 0.7,
    rules: {
      en: [
        {
          all: [
            en.ATTACK,
            terms(
              'school* | classroom* | universit* | pupils | teachers | kindergarten* | educational facilit*',
            ),
          ],
          none: en.NOT_ARMED_ATTACK,
        },
        {
          all: [
            terms(
              'military use | occupied by | used as a base | used as barracks | converted into a military',
            ),
            terms('school | schools | university | universities'),
          ],
        },
      ],
      es: [
        {
          all: [
            es.ATTACK,
            terms(
              'escuela* | colegio* | aula* | universidad* | alumnos | docentes | maestros | guarderia* | centro* educativo* | instituciones educativas',
            ),
          ],
          none: es.NOT_ARMED_ATTACK,
        },
        {
          all: [
            terms(
              'uso militar | ocupad* por | utilizad* como base | usad* como base | convertid* en cuartel',
            ),
            terms('escuela | escuelas | colegio | colegios | universidad | universidades'),
          ],
        },
      ],
    },
  },
  {
    id: 'destruction-of-religious-and-cultural-property',
    name: {
      en: 'Attacks on places of worship, cultural heritage and monuments',
      es: 'Ataques contra lugares de culto, patrimonio cultural y monumentos',
    },
    description: {
      en: 'Mosques, churches, temples, cemeteries, museums, archives or monuments are attacked, destroyed or desecrated, often a sign of an effort to erase a group.',
      es: 'Mezquitas, iglesias, templos, cementerios, museos, archivos o monumentos son atacados, destruidos o profanados, a menudo señal de un intento de borrar a un grupo.',
    },
    riskFactors: ['RF13', 'RF7', 'RF10'],
    crimes: [WC, 'crimes_against_humanity', 'genocide'],
    legalBasis: ['8(2)(b)(ix)', '8(2)(e)(iv)', '7(1)(h)'],
    framework: ['7.11'],
    weight: 0.7,
    rules: {
      en: [
        {
          all: [
            [
              ...en.ATTACK,
              ...terms(
                'destroyed | demolished | razed | bulldozed | burned | burnt | desecrat* | vandalis* | vandaliz* | dynamited | blown up | looted',
              ),
            ],
            terms(
              'mosque* | church* | temple* | synagogue* | shrine* | monaster* | pagoda* | cemeter* | graveyard* | cultural heritage | heritage site* | monument* | museum* | manuscript* | library | libraries | archives | holy site* | place* of worship',
            ),
          ],
          none: en.NOT_ARMED_ATTACK,
        },
      ],
      es: [
        {
          all: [
            [
              ...es.ATTACK,
              ...terms(
                'destruid* | destruyeron | demolid* | demolieron | arrasad* | arrasaron | quemad* | quemaron | profanad* | profanaron | dinamitad* | saquead* | saquearon | vandaliz*',
              ),
            ],
            terms(
              'mezquita* | iglesia* | templo* | sinagoga* | santuario* | monasterio* | pagoda* | cementerio* | patrimonio cultural | sitio* patrimonial* | monumento* | museo* | manuscrito* | biblioteca* | archivos | lugar* sagrado* | lugar* de culto',
            ),
          ],
          none: es.NOT_ARMED_ATTACK,
        },
      ],
    },
  },
  {
    id: 'starvation-as-method-of-warfare',
    name: {
      en: 'Starvation of civilians as a method of warfare',
      es: 'Hambre de la población civil como método de guerra',
    },
    description: {
      en: 'Sieges, blockades or the destruction of crops, wells and food stocks deprive civilians of what they need to survive.',
      es: 'Asedios, bloqueos o la destrucción de cultivos, pozos y reservas de alimentos privan a la población civil de lo indispensable para sobrevivir.',
    },
    riskFactors: ['RF13', 'RF11'],
    crimes: [WC, 'crimes_against_humanity'],
    legalBasis: ['8(2)(b)(xxv)', '7(1)(b)'],
    framework: ['13.8'],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms('starv* | hunger | famine'),
            terms(
              'method of warfare | weapon of war | as a weapon | tactic | deliberately | deliberate | intentionally | by blocking | siege | besieged | blockade*',
            ),
          ],
        },
        {
          all: [
            terms('siege | besieged | encircled | blockade*'),
            terms('food | aid | supplies | civilians | residents | population | bread | fuel | medicine*'),
          ],
          none: terms('drought* | locust* | crop failure'),
        },
        {
          all: [
            terms('destroyed | burned | burnt | poisoned | looted | blocked | cut off'),
            terms(
              'crops | granaries | grain stores | food stocks | wells | water points | water supply | irrigation | livestock | farmland | harvest* | bakeries',
            ),
          ],
          none: terms('drought* | locust* | flood*'),
        },
      ],
      es: [
        {
          all: [
            terms('inanicion | hambruna | hambre | hambrear'),
            terms(
              'metodo de guerra | arma de guerra | como arma | tactica | deliberad* | intencionad* | bloqueando | asedio | sitiad* | bloqueo',
            ),
          ],
        },
        {
          all: [
            terms('asedio | asediad* | sitiad* | cerco | bloqueo'),
            terms(
              'alimentos | ayuda | suministros | civiles | habitantes | poblacion | pan | combustible | medicamentos',
            ),
          ],
          none: terms(
            'sequia* | langosta* | mala cosecha | carretera* | protesta* | manifestantes | economico | comercial',
          ),
        },
        {
          all: [
            terms(
              'destruid* | destruyeron | quemad* | quemaron | envenenad* | envenenaron | saquead* | saquearon | bloquead* | bloquearon | cortaron',
            ),
            terms(
              'cultivos | cosechas | graneros | reservas de alimentos | pozos | puntos de agua | suministro de agua | riego | ganado | tierras de cultivo | panaderias',
            ),
          ],
          none: terms('sequia* | langosta* | inundacion*'),
        },
      ],
    },
  },
];
