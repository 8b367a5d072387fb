import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';
import { warCrimesPersonsLiberty } from './war-crimes-persons-liberty.ts';

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
              'captured soldiers | captured fighters | wounded government soldiers | wounded enemy soldiers | after being captured | after their capture | surrendered | surrendering | wounded fighters | wounded soldiers | prisoners of war | pows | hors de combat | laid down their arms',
            ),
            en.KILLED,
          ],
        },
        {
          // Prisoners, captives or bound victims killed are hors de combat only where a party to the conflict
          // holds them: a death in a prison in peacetime is a killing (7(1)(a)), not this war crime.
          all: [
            terms(
              'prisoners | detainees | captives | hands tied | hands bound | blindfolded | the wounded | in custody',
            ),
            en.KILLED,
            ctx.CONFLICT_PARTY_EN.filter((t) => !en.KILLED.includes(t)),
          ],
          clause: true,
        },
      ],
      es: [
        {
          all: [
            terms(
              'soldados capturados | combatientes capturados | tras ser capturad* | despues de ser capturad* | tras su captura | rendid* | se habian rendido | combatientes heridos | soldados heridos | prisioneros de guerra | fuera de combate | depuesto las armas',
            ),
            es.KILLED,
          ],
        },
        {
          all: [
            terms(
              'prisioneros | detenidos | cautivos | manos atadas | maniatad* | vendad* | los heridos | bajo custodia',
            ),
            es.KILLED,
            ctx.CONFLICT_PARTY_ES.filter((t) => !es.KILLED.includes(t)),
          ],
          clause: true,
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
    // Not 8(2)(a)(ii): act-families.ts reads it as torture, and experiments are their own family.
    legalBasis: ['8(2)(b)(x)', '8(2)(e)(xi)'],
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
        {
          // Substances given to captives and their effects watched: an experiment, whatever it is called.
          all: [
            terms('injected with | administered | given unidentified | given unknown'),
            terms('substance* | compound* | agent*'),
            terms('prisoners | detainees | captives | prisoners of war | held'),
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
        {
          all: [
            terms('inyectaron | inyectad* | administraban | administraron | les administr*'),
            terms('sustancia* | compuesto* | agente*'),
            terms('prisioneros | detenidos | cautivos | presos'),
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
    // Mutilation of the living is also wilfully causing great suffering (torture family); 8(2)(c)(i)
    // would read as a killing.
    legalBasis: ['8(2)(b)(x)', '8(2)(e)(xi)', '8(2)(a)(iii)'],
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
        {
          all: [
            terms('amputat* | cut off'),
            terms(
              'punishment | punished | sentenced | penalty | court | captivity | convicted | ears | hands | lips | noses | fingers | tendons | tongue',
            ),
          ],
          window: 8,
        },
      ],
      es: [
        {
          all: [
            terms(
              'mutilad* | mutilaron | mutilacion* | cercenad* | cercenaron | amputaron | amputo | arrancaron los ojos | cortaron las manos | cortaron la mano | cortaron las orejas | cortaron la lengua | cortaron los dedos | cortaron los tendones | cortado las manos | cortado la mano | cortado los dedos',
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
        {
          // Protected persons made to work for, or fight in, the operations of the power that holds them.
          all: [
            terms(
              'made to | forced to | forced at gunpoint to | compelled to | drafted into | conscripted into | mobilised | mobilized',
            ),
            terms(
              'dig trenches | trenches | firing positions | fortifications | through the minefields | enemy units | demine | demining | munitions | labour battalions | labor battalions | the front',
            ),
            terms('prisoners of war | pows | occupied | occupying | captured | detaining army | prisoners'),
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
        {
          all: [
            terms(
              'obligad* a | forzad* a | movilizado por la fuerza | movilizad* a la fuerza | enviados al frente | trabajaban',
            ),
            terms(
              'desminar | trincheras | fortificaciones | camiones de municion | piezas de municion | municion | al frente | contra el ejercito de su propio pais | contra su propio ejercito | a su propio ejercito',
            ),
            terms(
              'prisioneros de guerra | ocupad* | ocupacion | ejercito captor | prisioneros civiles | detenidos',
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
              'summary trial* | summarily | sham trial* | show trial* | mock trial* | without trial | without due process | without a fair trial | unfair trial* | revolutionary court* | sharia court* | people s court* | kangaroo court* | field court* | court martial | courts martial | military tribunal | religious court | single hearing | no defence lawyer* | no defense lawyer*',
            ),
            terms(
              'sentenced | executed | convicted | condemned | death sentence* | hanged | shot | prisoners of war | detainees | captured | cut off | tried',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'juicio* sumario* | sumariamente | juicio* farsa | simulacro de juicio | sin juicio | sin debido proceso | sin garantias | tribunal* revolucionario* | tribunal* popular* | tribunal islamico | consejo de guerra | juicio* popular* | juzgo | juicio a puerta cerrada | sin abogado | tribunal militar',
            ),
            terms(
              'condenad* | condeno | ejecutad* | fusilad* | fusilo | sentenciad* | pena de muerte | ahorcad* | prisioneros de guerra | detenidos | capturad* | amputo | civiles',
            ),
          ],
        },
      ],
    },
  },
  ...warCrimesPersonsLiberty,
];
