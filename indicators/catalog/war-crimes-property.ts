import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Property and rights: destruction, seizure and pillage (8(2)(a)(iv), (b)(xiii), (b)(xvi), (e)(v),
// (e)(xii)) and the abolition of enemy nationals' rights in court (8(2)(b)(xiv)). Destroying what a
// group needs to live is also Framework indicator 7.11.

const WC = 'war_crimes' as const;

export const warCrimesProperty: Indicator[] = [
  {
    id: 'destruction-of-homes-and-villages',
    name: {
      en: 'Large-scale destruction of homes, villages or livelihoods',
      es: 'Destrucción a gran escala de viviendas, aldeas o medios de vida',
    },
    description: {
      en: 'Homes, villages, markets, crops or granaries are burned, razed or bulldozed without military necessity.',
      es: 'Viviendas, aldeas, mercados, cultivos o graneros incendiados, arrasados o demolidos sin necesidad militar.',
    },
    // The nexus group keeps evictions by police in peacetime out (those are displacement, 7(1)(d)).
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(a)(iv)', '8(2)(b)(xiii)', '8(2)(e)(xii)'],
    framework: [],
    weight: 0.7,
    rules: {
      en: [
        {
          all: [
            terms(
              'razed | burned down | burnt down | torched | set ablaze | set on fire | setting fire | set fire | burning | burned | bulldozed | demolished | destroyed | levelled | leveled | flattened | looted and burned | dynamited | blew up | blown up | cut down',
            ),
            terms(
              // Homes and livelihoods, and the installations a population lives on (wells, pumps, bridges).
              'homes | houses | villages | dwellings | shelters | huts | neighbourhoods | neighborhoods | shops | markets | crops | granaries | farms | livestock | structures | camp | village | wheat fields | fields | harvest | fruit trees | orchards | wells | pumping station* | grain silos | bridges | power substation* | power lines',
            ),
            ctx.CONFLICT_PARTY_EN.filter((t) => !['set on fire'].includes(t)),
          ],
          none: terms('flood* | earthquake* | cyclone* | hurricane* | storm* | wildfire* | accidental'),
        },
        {
          // Whole villages burned or razed: the scale of an attack, not of an eviction, even unattributed.
          all: [
            terms('burned down | burnt down | razed | torched | set ablaze | burned | burnt'),
            terms('villages | in the villages | entire village | whole village'),
          ],
          none: terms('flood* | earthquake* | cyclone* | hurricane* | storm* | wildfire* | accidental'),
        },
        {
          // Camps and settlements bulldozed by the authorities in armed conflict, or the last village destroyed.
          all: [
            terms('bulldozed | demolished | razed | destruction of | destroying'),
            terms('camp for | displacement camp | idp camp | the last village | last villages | the village'),
            anyOf(ctx.CONFLICT_PARTY_EN, ctx.STATE_FORCES_EN, terms('authorities')),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'arrasad* | arrasaron | incendiad* | incendiaron | incendiaban | quemad* | quemaron | prendieron fuego | demolid* | demolieron | demuele | demuelen | destruid* | destruyeron | destruyo | derribad* | saquead* y quemad* | dinamit* | volo | volaron | talaron',
            ),
            terms(
              'viviendas | casas | aldeas | poblados | chozas | refugios | barrios | comercios | mercados | cultivos | cosechas | graneros | granjas | fincas | ganado | ranchos | aldea | puentes | torre de energia | torres de energia | pozos | cisternas | acueducto | bombas de agua | silos | sus aldeas',
            ),
            ctx.CONFLICT_PARTY_ES,
          ],
          none: terms(
            'inundacion* | terremoto* | sismo* | huracan* | tormenta* | incendio forestal | incendios forestales | accidental*',
          ),
        },
        {
          all: [
            terms(
              'incendiad* | incendiaron | arrasad* | arrasaron | quemad* | quemaron | reducid* a cenizas',
            ),
            terms('aldeas | en las aldeas | poblados | aldea entera | pueblo entero | veredas enteras'),
          ],
          none: terms(
            'inundacion* | terremoto* | sismo* | huracan* | tormenta* | incendio forestal | incendios forestales | accidental*',
          ),
        },
        {
          all: [
            terms('destruccion de | destruyeron | arrasaron | demolieron | quema de'),
            terms('la ultima aldea | ultimas aldeas | la aldea | el poblado | el campamento | viviendas'),
            anyOf(ctx.CONFLICT_PARTY_ES, ctx.STATE_FORCES_ES),
          ],
          window: 8,
        },
      ],
    },
  },
  {
    id: 'seizure-of-property-and-land',
    name: {
      en: 'Seizure or confiscation of property and land by armed actors',
      es: 'Confiscación o despojo de bienes y tierras por actores armados',
    },
    description: {
      en: 'Armed forces or groups confiscate, occupy or appropriate homes, land, livestock or businesses of the adversary or of civilians.',
      es: 'Fuerzas o grupos armados confiscan, ocupan o se apropian de viviendas, tierras, ganado o negocios del adversario o de civiles.',
    },
    riskFactors: ['RF13', 'RF4'],
    crimes: [WC],
    legalBasis: ['8(2)(a)(iv)', '8(2)(b)(xiii)', '8(2)(e)(xii)'],
    framework: ['4.3'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'seized | confiscat* | expropriat* | appropriated | occupied | took over | commandeered | requisition*',
            ),
            terms(
              'homes | houses | land | lands | farmland | property | properties | livestock | cattle | businesses | assets',
            ),
            en.ARMED_ACTORS,
          ],
        },
        {
          all: [
            terms('their land | the land | their fields | their farms | their plots'),
            terms(
              'handed to | given to | fenced by | planted with | taken over by | occupied by | allocated to',
            ),
            ctx.CONFLICT_PARTY_EN,
          ],
          window: 10,
        },
      ],
      es: [
        {
          all: [
            terms(
              'confiscad* | confiscaron | expropiad* | expropiaron | incautad* | incautaron | apropiaron | apropiacion | ocuparon | despojad* | despojaron | despojo',
            ),
            terms(
              'viviendas | casas | tierras | terrenos | fincas | propiedades | bienes | ganado | negocios | predios',
            ),
            es.ARMED_ACTORS,
          ],
        },
        {
          // Tierras tomadas tras el desplazamiento: sembradas, cercadas u ocupadas por el grupo que expulsó.
          all: [
            terms('sus tierras | sus fincas | sus parcelas | sus predios | las tierras'),
            terms('sembradas de | cercadas por | ocupadas por | entregadas a | apropiaron | tomaron'),
            ctx.CONFLICT_PARTY_ES,
          ],
          window: 8,
        },
      ],
    },
  },
  {
    id: 'pillage',
    name: { en: 'Pillage and looting', es: 'Saqueo y pillaje' },
    description: {
      en: 'Fighters loot or plunder towns, homes, shops, livestock or warehouses for private or personal use.',
      es: 'Combatientes saquean o pillan pueblos, viviendas, comercios, ganado o almacenes para uso privado o personal.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xvi)', '8(2)(e)(v)'],
    framework: [],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms('pillag* | plunder* | looted | looting | ransacked | sacked'),
            terms(
              'town | towns | village | villages | homes | houses | shops | markets | property | livestock | cattle | warehouse* | belongings | city',
            ),
          ],
        },
        {
          // "Stripped from their houses", "driving off 25,000 head of cattle", "collected" goods later sold.
          all: [
            terms(
              'stripped from | emptied | driving off | drove off | made off with | carted off | carried off | stole | stolen | hijacked | collected from abandoned | sold in the capital | looting of',
            ),
            terms(
              'houses | homes | market | shops | cattle | livestock | head of cattle | goats | vehicles | generators | convoy | trucks | sorghum | grain | tonnes | pharmacy | belongings | abandoned villages',
            ),
          ],
          window: 12,
        },
      ],
      es: [
        {
          all: [
            terms('saquead* | saquearon | saqueo* | pillaje | rapin* | desvalijad* | expoliad*'),
            terms(
              'pueblo | pueblos | aldea | aldeas | viviendas | casas | comercios | tiendas | mercados | bienes | ganado | almacen* | pertenencias | ciudad | poblado*',
            ),
          ],
        },
        {
          all: [
            terms(
              'se llevaron | se llevo | robaron | robad* | despojaron | vaciaron | arrearon | sustrajeron | exportadas | exportad* | trasladar a la retaguardia | trasladaron a la retaguardia | saquearon | saqueo de',
            ),
            terms(
              'vehiculos | ganado | cabezas de ganado | ganados | generadores | farmacia | carga | camiones | grano | granos | cosecha* | toneladas | pertenencias | laminas | techos | silos | medicamentos',
            ),
          ],
          window: 14,
        },
      ],
    },
  },
  {
    id: 'abolition-of-enemy-nationals-rights',
    name: {
      en: 'Enemy nationals barred from the courts',
      es: 'Nacionales de la parte enemiga excluidos de los tribunales',
    },
    description: {
      en: 'Measures that abolish, suspend or make inadmissible in court the rights and actions of nationals of the hostile party.',
      es: 'Medidas que declaran abolidos, suspendidos o inadmisibles ante los tribunales los derechos y acciones de los nacionales de la parte enemiga.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xiv)'],
    framework: ['13.6'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms('nationals | citizens | passport | passports | nationality'),
            terms('courts | court | legal action* | lawsuits | claims | judicial | right to sue'),
            terms(
              'abolished | suspended | barred | inadmissible | strips | stripped | revoked | no longer admit | stopped admitting',
            ),
            terms('enemy | hostile | adversary | belligerent | occupied | occupying | annexed | invaded'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms('nacionales | ciudadanos | pasaporte | pasaportes | nacionalidad'),
            terms('tribunales | tribunal | acciones judiciales | demandas | reclamaciones | justicia'),
            terms(
              'abolid* | suspendid* | inadmisible* | despoja | despojad* | revocad* | dejado de admitir | dejaron de admitir | no admiten',
            ),
            terms(
              'enemig* | hostil | adversari* | beligerante* | ocupad* | ocupacion | anexionad* | anexad* | invadido',
            ),
          ],
        },
      ],
    },
  },
];
