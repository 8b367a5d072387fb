import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Art. 7(1)(e)–(f): imprisonment and torture, kept apart from the acts against life for length; listed
// by crimes-against-humanity-life-and-liberty.ts after them, so the catalog order is unchanged.

export const crimesAgainstHumanityLiberty: Indicator[] = [
  {
    id: 'arbitrary-mass-detention',
    name: {
      en: 'Arbitrary or mass detention',
      es: 'Detenciones arbitrarias o masivas',
    },
    description: {
      en: 'People are held without charge, trial or legal basis, incommunicado or in secret places, often in waves of arrests.',
      es: 'Personas retenidas sin cargos, juicio ni base legal, incomunicadas o en lugares secretos, a menudo en oleadas de detenciones.',
    },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity'],
    // Unlawful confinement, 8(2)(a)(vii), is cited with deportation, by the displacement indicators.
    legalBasis: ['7(1)(e)'],
    framework: [],
    weight: 0.65,
    // People rounded up to work, carry or serve: the conduct is enslavement (7(1)(c)), read from the same words.
    subsumedBy: ['enslavement-and-forced-labour'],
    rules: {
      en: [
        {
          all: [
            terms(
              'arbitrar* | without charge | without trial | unlawful* | indefinite* | mass arrest* | mass detention* | secret detention | secret prison* | unofficial detention | black site*',
            ),
            en.DETAINED,
          ],
          // A decree that allows arrests without a warrant is an enabling measure (RF7), not an arrest made.
          none: terms(
            'allows arrests | allow arrests | allows detention* | authorises arrests | authorizes arrests',
          ),
        },
        {
          // Arrests of many, or of people for who they are or what they say: reports rarely write
          // "arbitrary", they say who was rounded up. Ordinary criminal arrests are left out.
          all: [
            terms(
              'arrested | detained | rounded up | round up | roundup* | taken into custody | wave of arrests | remain in detention | held in detention | in pre trial detention | in pretrial detention | brought before a judge | held incommunicado | night arrests | jailed',
            ),
            anyOf(
              en.VICTIMS,
              terms(
                'congregation | defenders | bloggers | opponents | opposition | dissidents | critics | lawyers | students | political prisoners | worshippers',
              ),
            ),
          ],
          none: ctx.ORDINARY_CRIME_EN,
        },
        {
          all: [
            terms('held | kept | locked up | confined | holding'),
            terms(
              'for weeks | for months | in shipping containers | in containers | incommunicado | at the same site | in secret | at unofficial | without a lawyer | without access to a lawyer',
            ),
          ],
          window: 8,
        },
        {
          all: [
            terms('former detainees | former prisoners | ex detainees'),
            terms('described | said | told | recounted | reported'),
          ],
          none: terms('prisoners of war'),
        },
        {
          all: [
            terms('prison | jail | sentenced | imprisonment'),
            terms(
              'behind closed doors | closed door | without a lawyer | without defence | without defense | summary trial | without being told the charges',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'arbitrari* | sin cargos | sin juicio | sin orden judicial | ilegal* | indefinid* | masiv* | clandestin* | secreta | secretas | secreto | secretos',
            ),
            es.DETAINED,
          ],
          none: terms(
            'permite detenciones | permitira detenciones | autoriza detenciones | autoriza las detenciones',
          ),
        },
        {
          all: [
            terms(
              'detuvieron | detenidas | detenido | detenida | arrestad* | arrestaron | encarcelad* | se llevo detenidos | se llevaron detenidos | llevados detenidos | prision preventiva | detencion de | detenciones de | redadas | presos politicos | presas politicas',
            ),
            anyOf(
              es.VICTIMS,
              terms(
                'fieles | opositores | disidentes | criticos | abogados | investigadores | sacerdotes | religiosos | laicos | miembros | integrantes | personas trans | gais',
              ),
            ),
          ],
          none: ctx.ORDINARY_CRIME_ES,
        },
        {
          all: [
            terms('ex detenidos | exdetenidos | excarcelados | ex presos | expresos'),
            terms('relataron | denunciaron | contaron | describieron | dijeron'),
          ],
          none: terms('prisioneros de guerra'),
        },
        {
          all: [
            terms('prision | carcel | condeno | condenados | condenadas'),
            terms(
              'puerta cerrada | sin abogado | sin defensa | sin que pudieran elegir abogado | juicio sumario | sin conocer los cargos',
            ),
          ],
        },
        {
          all: [
            terms('detenciones | detenidos | detenidas | capturas | arrestos'),
            terms(
              'incomunicacion | sedes no oficiales | centros clandestinos | sin identificacion | encapuchados | sin orden de captura',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'torture-and-ill-treatment',
    name: { en: 'Torture and ill-treatment in custody', es: 'Tortura y malos tratos bajo custodia' },
    description: {
      en: 'Severe pain or suffering is inflicted on people in custody or under control: beatings, electric shocks, suspension, mock executions and similar methods.',
      es: 'Se inflige dolor o sufrimiento graves a personas bajo custodia o control: golpizas, descargas eléctricas, colgamientos, simulacros de ejecución y métodos similares.',
    },
    // RF13 comes from the party that tortures (framework-ihl-threats.ts), not from torture as such: the
    // same acts in a police station in peacetime are no threat under IHL.
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    // Not 8(2)(c)(i): act-families.ts reads it as the killing family, so citing it would report a killing.
    legalBasis: ['7(1)(f)', '8(2)(a)(ii)'],
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms(
              'tortur* | waterboard* | electric shock* | electrocut* | stress positions | mock execution* | cigarette burns | nails pulled | beaten in custody | beaten in detention | deprived of sleep | sleep deprivation | near drowning | hung by the wrists | suspended by the wrists | threats of rape | threatened with rape | would be raped | prolonged isolation | solitary confinement | publicly flogged | flogged | lashes | whipped',
            ),
          ],
          none: anyOf(
            en.PROGRAMME_CONTEXT,
            terms(
              'against torture | optional protocol | absolute torture | real torture | sheer torture | pure torture',
            ),
          ),
        },
        {
          // Beatings of people held: the common, unnamed form of torture in custody.
          all: [
            terms(
              'beaten | beating | beatings | beat us | beat them | beat him | beat her | beat me | beat a | kicked | clubbed | rifle butts | hung by | burned with | kept blindfolded',
            ),
            anyOf(
              en.DETAINED,
              terms('in front of their families | patients | captives | captured | arrested | held'),
            ),
          ],
          none: en.PROGRAMME_CONTEXT,
          window: 12,
        },
      ],
      es: [
        {
          all: [
            terms(
              'tortur* | tormento* | descargas electricas | choques electricos | asfixia con bolsa | asfixiad* con bolsas | simulacro* de ejecucion | quemaduras de cigarrillo | colgad* de | posiciones de estres | golpead* bajo custodia | apremios ilegales | amenazas de violacion | amenazadas con ser violadas | amenazados con violar | aislamiento prolongado | privacion del sueno | azotad* publicamente | latigazos',
            ),
          ],
          // "Fue una auténtica tortura esperar": the figurative sense of everyday annoyance.
          none: anyOf(
            es.PROGRAMME_CONTEXT,
            terms(
              'contra la tortura | protocolo facultativo | autentica tortura | verdadera tortura | una tortura esperar | toda una tortura',
            ),
          ),
        },
        {
          // Golpizas a personas retenidas: la forma común, sin nombre, de la tortura bajo custodia.
          all: [
            terms(
              'golpead* | golpiza* | golpes | palizas | apaleado* | azotad* | patead* | culatazos | quemad* con | colgad* de | rapad*',
            ),
            anyOf(
              es.DETAINED,
              terms(
                'comisaria* | estacion policial | estacion de policia | custodia | penal | delante de sus familias',
              ),
            ),
          ],
          none: es.PROGRAMME_CONTEXT,
          window: 12,
        },
      ],
    },
  },
];
