import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF4 and RF12 as reports state them beside the act: the reason the perpetrators gave ("accused of
// collaborating", "como represalia"), the land or revenue at stake, and the traces of a plan (the same unit
// in every town, a list of names, a quota). Read together with the act's own indicator.

const HARM_TO_LAND_EN = terms(
  'evicted | evictions | displaced | expelled | bulldoz* | burned | burnt | driven out | forced out | forced to leave | ordered to leave | relocation | relocated | handed to | seized | cleared | taxes | taxing',
);
const HARM_TO_LAND_ES = terms(
  'desaloj* | desplaz* | expuls* | quemaron | arrasar* | despoj* | reubica* | entregad* a | sembradas de coca | sembrad* de coca | cercadas | apropi* | cobran | cobra impuestos',
);

export const frameworkMotivesAndPolicy: Indicator[] = [
  {
    id: 'violence-against-perceived-collaborators',
    name: {
      en: 'Violence against people seen as collaborators',
      es: 'Violencia contra personas señaladas de colaborar',
    },
    description: {
      en: 'Victims are targeted as suspected collaborators, informers or supporters of the other side, or as punishment or reprisal.',
      es: 'Las víctimas son atacadas por ser señaladas como colaboradoras, informantes o simpatizantes del otro bando, o como castigo o represalia.',
    },
    riskFactors: ['RF4'],
    crimes: [],
    legalBasis: [],
    framework: ['4.5', '4.6'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms(
              'accused of | accusing | accused them of | suspected of | seen as | perceived as | considered | branded | labelled | labeled | whom they accused | for allegedly | alleged | interrogations about | interrogated about | questioned about',
            ),
            terms(
              'collaborat* | informing | informers | informants | spies | spying | siding with | sided with | sympathis* | sympathiz* | close to the government | links to the insurgency | links to the rebels | sheltering | harbouring | harboring | traitors | guides | supporting the rebels | supporters of the',
            ),
          ],
          window: 8,
        },
        {
          all: [
            terms(
              'alleged collaborators | suspected collaborators | government collaborators | collaborators of | as punishment for | as a punishment for | in reprisal for | in retaliation for | reprisal against | retaliation against | pay for sheltering | as a warning to',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'acusad* de | acuso de | acusaron de | acusa a | acusan a | senalad* de | senalamientos | tachad* de | considerad* | por la supuesta | por supuesta | por presunta | por su presunta | interrogatorios sobre | interrogad* sobre | preguntas sobre',
            ),
            terms(
              'colabor* | informante* | espia* | auxiliador* | simpatizantes | guias | brazo politico | enemig* | apoyo a la guerrilla | apoyar a la guerrilla | apoya a la insurgencia',
            ),
          ],
          window: 10,
        },
        {
          all: [
            terms(
              'como castigo por | como castigo | como represalia | en represalia | represalias contra | por vender alimentos a | por haber servido | colaboradoras del enemigo | colaboradores del enemigo',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'land-and-revenue-behind-violence',
    name: {
      en: 'Land, resources or revenue behind the violence',
      es: 'Tierras, recursos o rentas detrás de la violencia',
    },
    description: {
      en: 'The source ties the violence or the removal of people to control of land, mines, crops, routes, projects or revenue.',
      es: 'La fuente vincula la violencia o la expulsión de la población al control de tierras, minas, cultivos, rutas, proyectos o rentas.',
    },
    riskFactors: ['RF4'],
    crimes: [],
    legalBasis: [],
    framework: ['4.2', '4.3'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'control of | to control | seeking to control | seeks to control | fight over | fighting over | competition for | dispute over | at the heart of',
            ),
            terms(
              'land | lands | mines | mining | gold | cobalt | oil | concessions | cattle | timber | coca | drug routes | smuggling routes | trafficking routes | revenue | resources | pipeline | territory',
            ),
          ],
          window: 8,
        },
        {
          all: [
            terms(
              'company | companies | corporation | firm | investors | agribusiness | plantation* | mining concession* | pipeline | dam project | corridor | gold pits | mines',
            ),
            HARM_TO_LAND_EN,
          ],
          none: terms('offices | office building | headquarters | moved its | relocated its'),
        },
        {
          // People made to dig or farm for the armed group: the resource is the motive (4.2).
          all: [
            terms(
              'gold pits | gold mines | mines | mining sites | mine shafts | quarries | plantations | coca fields',
            ),
            terms(
              'made to dig | forced to dig | made to work | forced to work | forced labour | forced labor',
            ),
          ],
          window: 25,
        },
        {
          // Loot taken to be sold: plunder as a source of revenue.
          all: [
            terms('looted | pillaged | plundered | stolen | carried off | driven off'),
            terms('sold | resold | were sold | sold off | for sale'),
          ],
          window: 20,
        },
        {
          all: [
            terms('cattle | livestock | herds'),
            terms(
              'raided | raiding | raids | driving off | drove off | driven off | rustl* | stole | stolen',
            ),
          ],
          window: 8,
        },
        {
          // Land taken over once its owners were driven out.
          all: [
            terms('land | lands | farms | fields | plots'),
            terms('planted with coca | fenced off | fenced in | taken over by | occupied by'),
          ],
          window: 8,
        },
        {
          // A leader killed or threatened after denouncing an illegal economy on the land.
          all: [
            terms(
              'had denounced | had reported | had opposed | had campaigned against | who denounced | who opposed | spoke out against',
            ),
            terms(
              'illegal logging | illegal mining | land grab* | land seizures | coca | drug trafficking | mining project* | dam project | plantation*',
            ),
            anyOf(en.KILLED, terms('threatened | threats | abducted | disappeared')),
          ],
          window: 25,
        },
        {
          // A share of land or loot offered to those who join.
          all: [
            terms('a share of | share of the'),
            terms('liberated land | land | loot | spoils'),
            terms('fighters | recruits | new fighters | those who join | volunteers'),
          ],
          window: 12,
          // Land offered to former fighters who disarm is a peace programme, not an incentive to kill.
          none: terms('demobili* | reintegration | disarm*'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'control de | controlar | busca controlar | buscan controlar | disputa por | se disputan | en disputa | pugna por | apoderarse de',
            ),
            terms(
              'tierras | territorio | minas | mineria | oro | coca | cocaina | rutas | narcotrafico | rentas | economias ilicitas | recursos | madera | petroleo | cultivos de uso ilicito',
            ),
          ],
          window: 8,
        },
        {
          all: [
            terms(
              'empresa* | compania* | palmera* | minera | mineras | hidroelectrica | agroindustria* | inversionistas | terratenientes | megaproyecto* | proyecto minero | oleoducto',
            ),
            HARM_TO_LAND_ES,
          ],
          none: terms('oficinas | sus oficinas | edificio | su sede | trasladarse'),
        },
        {
          all: [
            terms(
              'minas | minas de oro | socavones | entables mineros | canteras | plantaciones | cultivos de coca | cultivos de uso ilicito',
            ),
            terms(
              'obligad* a trabajar | obligad* a excavar | obligad* a cavar | trabajo forzoso | trabajos forzados',
            ),
          ],
          window: 25,
        },
        {
          all: [
            terms('saquearon | saquead* | se llevaron | robad* | robaron | despojad* | arrearon'),
            terms(
              'se vendian | se venden | vendid* | vendieron | revendid* | para venderlos | para venderlas | a la venta',
            ),
          ],
          window: 20,
        },
        {
          all: [
            terms('ganado | reses | rebanos | cabezas de ganado'),
            terms('arrearon | robaron | se llevaron | robo de | robad* | abigeato | incursion* | asaltaron'),
          ],
          window: 8,
        },
        {
          all: [
            terms('tierras | fincas | parcelas | predios'),
            terms(
              'sembradas de coca | sembrados de coca | cercadas | cercados | ocupadas por | ocupados por',
            ),
          ],
          window: 8,
        },
        {
          all: [
            terms(
              'habia denunciado | habian denunciado | denunciaba | denunciaban | se oponia | se oponian | que denuncio | que se opuso',
            ),
            terms(
              'tala ilegal | mineria ilegal | despojo de tierras | cultivos de uso ilicito | coca | narcotrafico | megaproyecto* | proyecto minero | hidroelectrica | palma',
            ),
            anyOf(es.KILLED, terms('amenazas | amenazad* | secuestrad* | desaparecid*')),
          ],
          window: 25,
        },
        {
          all: [
            terms('una parte de | parte de las'),
            terms('tierras liberadas | tierras | botin'),
            terms('combatientes | reclutas | nuevos combatientes | quienes se unan | voluntarios'),
          ],
          window: 12,
          none: terms('desmoviliz* | reintegracion | desarme'),
        },
      ],
    },
  },
  {
    id: 'coordination-and-central-direction',
    name: {
      en: 'Coordination and central direction of the violence',
      es: 'Coordinación y dirección central de la violencia',
    },
    description: {
      en: 'The same unit, vehicles, sequence or facility in several places, lists of names, quotas and records kept by the perpetrators, secret sites, directives that make whole categories of people targets, or removals ordered by senior officials: signs of a plan or policy.',
      es: 'La misma unidad, vehículos, secuencia o centro en varios lugares, listas de nombres, cuotas y registros de los perpetradores, sitios clandestinos, directivas que convierten en objetivo a categorías enteras de personas, o traslados ordenados por altos cargos: indicios de un plan o política.',
    },
    riskFactors: ['RF12'],
    crimes: ['crimes_against_humanity'],
    legalBasis: [],
    framework: [],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'central coordination | centrally coordinated | organisational policy | organizational policy | state policy | same modus operandi | from a list | a list of names | list of names | lists of names | called out their names | kill list* | hit list* | to meet a quota | monthly quota* | quota set | quotas set | labelled with a number | code of the security branch | unregistered villa | unregistered facilit* | unregistered site* | secret detention | secret prison* | clandestine grave* | clandestine site* | clandestine crematori* | clandestine detention | ledger | registered and sold | were registered | deliberately imposed',
            ),
          ],
          none: en.NOT_VIOLENT_DEATH,
        },
        {
          all: [
            terms(
              'same unit | same units | same special unit | same vehicles | same unmarked | same facility | same sequence | same pattern | same scheme | same method* | same two | same battalion* | same brigade | same commander*',
            ),
            [
              ...en.KILLED,
              ...terms(
                'arrests | attacks | raids | disappearances | searches | carried out | abductions | detainees',
              ),
            ],
          ],
        },
        {
          // A directive that makes whole categories of people targets. (Not an act, so not under the
          // orders indicator, whose legal basis would read it as the attack itself.)
          all: [
            terms('directive | directives | order | orders | instructions | memo'),
            terms('legitimate target* | military target* | military objective* | treated as combatants'),
            terms('anyone | any person | everyone | all persons | all men | civilians | residents'),
          ],
          window: 15,
        },
        {
          // Registers or lists of residents that reach the armed men: the means of selecting victims.
          all: [
            terms('lists | list | registers | records'),
            terms('in the hands of | handed to | passed to | given to | found with | found on'),
            terms('militia* | armed group* | commanders | fighters | death squad* | paramilitar*'),
          ],
          window: 12,
        },
        {
          // A removal of people ordered by a governor, minister or the presidency.
          all: [
            terms(
              'governor | minister | ministry | president | presidency | prefect | regional command | military command | high command',
            ),
            terms('ordered | decreed | authorised | authorized | approved'),
            terms(
              'relocation | eviction | evictions | deportation | deportations | expulsion | forcible transfer',
            ),
            terms('residents | families | inhabitants | villagers | population | communities'),
          ],
          window: 12,
        },
      ],
      es: [
        {
          all: [
            terms(
              'coordinacion central | politica de estado | politica organizacional | politica organizativa | plan sistematico | de una lista | lista de nombres | listas de nombres | lista negra | listas negras | metas mensuales | cumplir metas | cumplir una cuota | cuotas mensuales | cuota mensual | centro de exterminio | hornos crematorios | crematorios clandestinos | fosas comunes numeradas | centro clandestino | centros clandestinos | carcel clandestina | carceles clandestinas | fosas clandestinas | cementerio clandestino | cementerios clandestinos | por decreto presidencial | deliberadamente impuestas | deliberadamente impuestos',
            ),
          ],
          none: es.NOT_VIOLENT_DEATH,
        },
        {
          all: [
            terms(
              'misma unidad | mismas unidades | mismo batallon | mismos vehiculos | mismas camionetas | mismo centro | misma secuencia | mismo esquema | mismo patron | mismo metodo | mismo modus operandi | mismos comandantes | mismo comandante',
            ),
            [
              ...es.KILLED,
              ...terms(
                'detenciones | ataques | allanamientos | desapariciones | operativos | secuestros | detenidos',
              ),
            ],
          ],
        },
        {
          all: [
            terms('directiva | directivas | orden | ordenes | instrucciones | ordena | ordenan | memorando'),
            terms(
              'objetivo militar | objetivos militares | objetivo legitimo | blanco legitimo | tratados como combatientes',
            ),
            terms(
              'cualquier persona | toda persona | todas las personas | todos los hombres | civiles | pobladores | habitantes',
            ),
          ],
          window: 15,
        },
        {
          all: [
            terms('listas | lista | listados | registros'),
            terms('en manos de | entregadas a | entregados a | pasaron a | en poder de'),
            terms('milicia* | grupo armado | grupos armados | jefes | comandantes | paramilitar*'),
          ],
          window: 12,
        },
        {
          all: [
            terms(
              'gobernador | gobernadora | ministro | ministra | ministerio | presidente | presidencia | prefecto | comando regional | mando militar | alto mando',
            ),
            terms('ordeno | ordenaron | decreto | decretaron | autorizo | autorizaron | aprobo | aprobaron'),
            terms(
              'reubicacion | desalojo | desalojos | deportacion | deportaciones | expulsion | traslado forzoso',
            ),
            terms('residentes | familias | habitantes | pobladores | poblacion | comunidades'),
          ],
          window: 12,
        },
      ],
    },
  },
];

/** Civil society and the media as targets (RF6: 6.2, 6.3) and deaths from imposed conditions (extermination). */
export const civicSpaceAndConditions: Indicator[] = [
  {
    id: 'civil-society-and-media-targeted',
    name: {
      en: 'Civil society and media targeted',
      es: 'Sociedad civil y prensa atacadas',
    },
    description: {
      en: 'Journalists, human rights defenders and activists are detained, abducted or driven into exile, or organisations and media are dissolved or shut.',
      es: 'Periodistas, defensores de derechos humanos y activistas son detenidos, secuestrados o forzados al exilio, u organizaciones y medios son disueltos o cerrados.',
    },
    riskFactors: ['RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['6.2', '6.3'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'journalists | bloggers | media workers | reporters | human rights defenders | defenders | activists | lawyers | human rights groups | human rights organisations | human rights organizations | ngos | civil society | independent media | newspapers | media outlets',
            ),
            terms(
              'detention | detained | arrested | arrests | jailed | jailer | abducted | disappeared | dissolved | deregistered | shut down | closed | exiled | into exile | banned | raided | suspended the registration | remain in detention | held at | taken from',
            ),
          ],
          window: 12,
          none: terms('training* | workshop* | award*'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'periodistas | periodista | comunicadores | defensores | defensoras | activistas | abogados | organizaciones de derechos humanos | organizacion de derechos humanos | ong | ongs | sociedad civil | medios de comunicacion | medios independientes | organizaciones sin fines de lucro',
            ),
            terms(
              'detenid* | detencion | arrestad* | encarcelad* | secuestrad* | desaparecid* | disuelt* | cerrados | cerradas | cierre | exiliado | exiliados | se han exiliado | suspendio sus actividades | allanamiento | personeria juridica | cancelo | paradero',
            ),
          ],
          window: 12,
          none: terms('taller* | capacitacion* | premio*'),
        },
      ],
    },
  },
  {
    id: 'deaths-from-imposed-conditions',
    name: {
      en: 'Deaths from conditions imposed on detainees or besieged people',
      es: 'Muertes por condiciones impuestas a detenidos o sitiados',
    },
    description: {
      en: 'People held or besieged die of hunger, disease or denied medical care: conditions of life calculated to bring about their destruction.',
      es: 'Personas detenidas o sitiadas mueren de hambre, enfermedad o falta de atención médica: condiciones de vida destinadas a causar su destrucción.',
    },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(b)'],
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms('died | deaths | dead | bodies | perished | death toll'),
            terms(
              'hunger | starvation | starved | disease | cholera | untreated | neglect | lack of medical care | denied medical care | deliberately imposed | malnutrition | dehydration',
            ),
            terms(
              'detainees | prisoners | prison | detention | holding facility | camp | camps | besieged | siege | custody | cells',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms('murieron | muertes | muertos | fallecieron | cuerpos | perecieron'),
            terms(
              'hambre | inanicion | enfermedad* | colera | falta de atencion medica | sin atencion medica | abandono | desnutricion | deshidratacion | deliberadamente impuestas',
            ),
            terms(
              'detenidos | presos | penal | carcel | prision | centro de detencion | campamento | campamentos | sitiad* | asedio | custodia | celdas',
            ),
          ],
        },
      ],
    },
  },
];
