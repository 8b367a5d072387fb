import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Art. 8(2)(a), 8(2)(c) and their 8(2)(b)/(e) counterparts: crimes against people in the power of a
// party (prisoners, detainees, the wounded, civilians in occupied or controlled areas). Both conflict
// types are cited together because sources rarely settle the classification of the conflict.

const WC = 'war_crimes' as const;

export const warCrimesPersons: Indicator[] = [
  {
    id: 'killing-of-prisoners-or-surrendered-fighters',
    name: {
      en: 'Killing of prisoners, detainees or fighters who surrendered',
      es: 'Asesinato de prisioneros, detenidos o combatientes que se rindieron',
    },
    description: {
      en: 'Captured, detained, wounded or surrendering people, who are out of combat, are executed or killed.',
      es: 'Personas capturadas, detenidas, heridas o que se rinden, fuera de combate, son ejecutadas o asesinadas.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(a)(i)', '8(2)(b)(vi)', '8(2)(c)(i)'],
    framework: [],
    weight: 0.95,
    rules: {
      en: [
        {
          all: [
            terms(
              'prisoners | detainees | captured soldiers | captured fighters | after being captured | after their capture | captives | surrendered | surrendering | hands tied | hands bound | blindfolded | wounded fighters | wounded soldiers | prisoners of war | pows | hors de combat | laid down their arms | in custody',
            ),
            en.KILLED,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'prisioneros | detenidos | soldados capturados | combatientes capturados | tras ser capturad* | despues de ser capturad* | tras su captura | cautivos | rendid* | se habian rendido | manos atadas | maniatad* | vendad* | combatientes heridos | soldados heridos | prisioneros de guerra | fuera de combate | depuesto las armas | bajo custodia',
            ),
            es.KILLED,
          ],
        },
      ],
    },
  },
  {
    id: 'medical-or-scientific-experiments',
    name: {
      en: 'Medical, scientific or biological experiments on persons',
      es: 'Experimentos médicos, científicos o biológicos con personas',
    },
    description: {
      en: 'People in the power of a party are subjected to experiments, or to organ removal, not justified by their treatment.',
      es: 'Personas en poder de una parte son sometidas a experimentos, o a extracción de órganos, no justificados por su tratamiento.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(a)(ii)', '8(2)(b)(x)', '8(2)(e)(xi)'],
    framework: [],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            terms(
              'medical experiment* | scientific experiment* | biological experiment* | experimented on | experiments on prisoners | experiments on detainees | human experimentation | tested on prisoners | tested on detainees | organ harvesting | forced organ removal',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'experimento* medico* | experimento* cientifico* | experimento* biologico* | experimentaron con | experimentos con prisioneros | experimentos con detenidos | experimentacion con seres humanos | extraccion forzada de organos | sustraccion de organos',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'mutilation',
    name: { en: 'Mutilation and amputation as punishment', es: 'Mutilaciones y amputaciones como castigo' },
    description: {
      en: 'Victims are mutilated, or limbs, ears or other parts of the body are cut off, including as punishment.',
      es: 'Las víctimas son mutiladas, o se les cortan miembros, orejas u otras partes del cuerpo, también como castigo.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(x)', '8(2)(e)(xi)', '8(2)(c)(i)'],
    framework: [],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            terms(
              'mutilated | mutilating | mutilation | mutilations | maimed | chopped off | hacked off | gouged out | cut off their | cut off the | cut off his | cut off her',
            ),
          ],
          none: terms('genital | fgm | supplies | access | electricity | water | funding'),
        },
        { all: [terms('amputat*'), terms('punishment | punished | sentenced | penalty | court')] },
      ],
      es: [
        {
          all: [
            terms(
              'mutilad* | mutilaron | mutilacion* | cercenad* | cercenaron | amputaron | arrancaron los ojos | cortaron las manos | cortaron la mano | cortaron las orejas | cortaron la lengua | cortaron los dedos',
            ),
          ],
          none: terms('genital | ablacion'),
        },
        {
          all: [terms('amputacion* | amputad*'), terms('castigo | castigad* | condenad* | pena | tribunal')],
        },
      ],
    },
  },
  {
    id: 'compelled-military-service',
    name: {
      en: 'Prisoners or enemy nationals forced to serve or fight',
      es: 'Prisioneros o nacionales enemigos obligados a servir o combatir',
    },
    description: {
      en: 'Prisoners of war, detainees or residents of occupied areas are forced to serve in the captor’s forces or to take part in operations against their own side.',
      es: 'Prisioneros de guerra, detenidos o residentes de zonas ocupadas son obligados a servir en las fuerzas de quien los tiene en su poder o a participar en operaciones contra su propio bando.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(a)(v)', '8(2)(b)(xv)'],
    framework: [],
    weight: 0.65,
    rules: {
      en: [
        {
          all: [
            terms(
              'forced to fight | forced to serve | compelled to serve | compelled to fight | forcibly conscripted | forcibly mobilized | forcibly mobilised | press ganged | pressed into service | conscripted into',
            ),
            terms(
              'prisoners of war | pows | detainees | prisoners | occupied | captured | enemy nationals | residents',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'obligad* a combatir | obligad* a luchar | forzad* a combatir | forzad* a luchar | obligad* a servir | reclutad* a la fuerza | movilizad* a la fuerza | movilizacion forzosa | alistad* a la fuerza',
            ),
            terms(
              'prisioneros de guerra | prisioneros | detenidos | capturad* | ocupad* | nacionales enemigos | residentes',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'summary-trials-and-executions',
    name: {
      en: 'Sentences and executions without a fair trial',
      es: 'Condenas y ejecuciones sin juicio justo',
    },
    description: {
      en: 'Prisoners or civilians are sentenced or executed by summary, sham or irregular courts that lack basic judicial guarantees.',
      es: 'Prisioneros o civiles condenados o ejecutados por tribunales sumarios, simulados o irregulares que carecen de las garantías judiciales básicas.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(a)(vi)', '8(2)(c)(iv)'],
    framework: [],
    weight: 0.75,
    rules: {
      en: [
        {
          all: [
            terms(
              'summary trial* | summarily | sham trial* | show trial* | mock trial* | without trial | without due process | without a fair trial | unfair trial* | revolutionary court* | sharia court* | people s court* | kangaroo court* | field court*',
            ),
            terms(
              'sentenced | executed | convicted | condemned | death sentence* | hanged | shot | prisoners of war | detainees | captured',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'juicio* sumario* | sumariamente | juicio* farsa | simulacro de juicio | sin juicio | sin debido proceso | sin garantias | tribunal* revolucionario* | tribunal* popular* | tribunal islamico | consejo de guerra | juicio* popular*',
            ),
            terms(
              'condenad* | ejecutad* | fusilad* | sentenciad* | pena de muerte | ahorcad* | prisioneros de guerra | detenidos | capturad*',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'hostage-taking',
    name: { en: 'Hostage-taking', es: 'Toma de rehenes' },
    description: {
      en: 'People are seized and held to compel a party to act or refrain from acting: for ransom, exchange or concessions.',
      es: 'Personas capturadas y retenidas para obligar a una parte a actuar o abstenerse: a cambio de un rescate, un canje o concesiones.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(a)(viii)', '8(2)(c)(iii)'],
    framework: [],
    weight: 0.8,
    rules: {
      en: [
        { all: [terms('hostage*')] },
        {
          all: [
            terms('abducted | kidnapped | seized | held captive | taken captive'),
            terms(
              'ransom | in exchange for | released in exchange | bargaining chip* | demands | prisoner exchange',
            ),
          ],
        },
      ],
      es: [
        { all: [terms('rehen | rehenes')] },
        {
          all: [
            terms('secuestr* | retenid* | plagiad* | cautiv*'),
            terms(
              'rescate | canje | a cambio de | exigencias | exigieron | exigio | moneda de cambio | intercambio de prisioneros',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'outrages-upon-personal-dignity',
    name: {
      en: 'Humiliating and degrading treatment',
      es: 'Tratos humillantes y degradantes',
    },
    description: {
      en: 'Detainees, captives or the dead are stripped, paraded, insulted or filmed in degrading ways, including the desecration of bodies.',
      es: 'Detenidos, cautivos o fallecidos son desnudados, exhibidos, insultados o filmados de forma degradante, incluida la profanación de cadáveres.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xxi)', '8(2)(c)(ii)'],
    framework: ['13.5'],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'humiliat* | degrading | forced nudity | stripped naked | paraded | forced to strip | forced to crawl | forced to kneel | urinated on | desecrat*',
            ),
            [
              ...en.DETAINED,
              ...terms('captives | captured | bodies | corpses | prisoners of war | women | civilians'),
            ],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'humillad* | humillant* | humillacion* | degradant* | desnudez forzada | desnudad* | obligad* a desnudarse | exhibid* | obligad* a arrodillarse | obligad* a arrastrarse | orinaron | vejad* | vejacion* | vejamen* | profan*',
            ),
            [
              ...es.DETAINED,
              ...terms('cautivos | cuerpos | cadaveres | prisioneros de guerra | mujeres | civiles'),
            ],
          ],
        },
      ],
    },
  },
];
