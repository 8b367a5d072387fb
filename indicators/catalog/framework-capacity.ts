import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF5: the means to commit atrocities: weapons, fighters, logistics and backers.

const BACKED_GROUPS_EN = terms('militia* | armed group* | fighters | gangs | vigilante* | paramilitar*');
const BACKED_GROUPS_ES = terms(
  'milicia* | grupos armados | combatientes | pandillas | bandas | paramilitar* | autodefensas',
);

export const frameworkCapacity: Indicator[] = [
  {
    id: 'arms-acquisition-and-flows',
    name: { en: 'Acquisition and flows of weapons', es: 'Adquisición y flujos de armas' },
    description: {
      en: 'Large purchases, shipments, stockpiling, smuggling or distribution of weapons and ammunition.',
      es: 'Grandes compras, envíos, acopio, contrabando o reparto de armas y municiones.',
    },
    riskFactors: ['RF5', 'RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['5.1', '7.4'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'arms | weapons | ammunition | munitions | rifles | military equipment | military hardware | small arms',
            ),
            terms(
              'shipment* | purchase* | procure* | acquired | acquisition* | imports | imported | deliveries | stockpil* | influx | proliferation | supplied | supply of | smuggled | smuggling | trafficking | distributed | distribution',
            ),
          ],
          none: terms('arms control | disarmament programme* | weapons collection | buyback'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'armas | armamento | municion* | fusiles | equipo militar | material belico | armas pequenas | armas ligeras',
            ),
            terms(
              'cargamento* | compra* | adquiri* | adquisicion* | importacion* | importad* | entregas | acumulacion | acopio | afluencia | proliferacion | suministr* | contrabando | trafico | distribuid* | distribucion | repartieron | reparto',
            ),
          ],
          none: terms('control de armas | desarme | recoleccion de armas | entrega voluntaria'),
        },
      ],
    },
  },
  {
    id: 'mass-mobilisation-of-fighters',
    name: {
      en: 'Mass mobilisation of fighters or supporters',
      es: 'Movilización masiva de combatientes o partidarios',
    },
    description: {
      en: 'Large numbers of fighters, reservists, youths or supporters are recruited, called up or mobilised.',
      es: 'Se recluta, llama a filas o moviliza a gran número de combatientes, reservistas, jóvenes o partidarios.',
    },
    riskFactors: ['RF5'],
    crimes: [],
    legalBasis: [],
    framework: ['5.3'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'mobilis* | mobiliz* | recruited | recruiting | conscript* | call up | called up | rallied',
            ),
            terms(
              'thousands | hundreds | tens of thousands | youth | young men | fighters | reservists | supporters | volunteers | militia* | tribesmen',
            ),
          ],
          none: terms('health workers | vaccinat* | teachers | election observers | relief'),
        },
        {
          all: [
            terms(
              'recruitment rallies | recruitment rally | recruitment drive* | recruitment meetings | new fighters | new recruits | conscription notices | wave of mobilisation | wave of mobilization | recruiters | to join',
            ),
            terms(
              'group | militia* | army | fighters | armed men | rebels | front line | offering | salary | rifle | land | dollars',
            ),
          ],
          window: 16,
        },
        {
          all: [
            terms('now has more than | grown to | grew from | swelled to'),
            terms('estimate | estimated | according to | from about | more than'),
            terms('armed group | the group | militia* | rebels | armed men'),
          ],
          window: 14,
        },
        {
          all: [
            terms('mercenar* | private military compan* | private security compan* | military contractors'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'moviliz* | reclutad* | reclutaron | reclutamiento | conscrip* | leva | llamado a filas | alistamiento',
            ),
            terms(
              'miles | cientos | decenas de miles | jovenes | combatientes | reservistas | simpatizantes | voluntarios | milicia*',
            ),
          ],
          none: terms('trabajadores de salud | vacuna* | docentes | observadores electorales | socorro'),
        },
        {
          all: [
            terms(
              'reclutamiento* | reclutad* | reclutaron | movilizado por la fuerza | movilizad* | enviados al frente | integrarlos en sus filas | nuevos integrantes | ha pasado de',
            ),
            terms(
              'grupo armado | grupos armados | estructuras | integrantes | al frente | filas | milicia* | ocupacion | efectivos | dinero | motos',
            ),
          ],
          window: 16,
        },
        {
          all: [
            terms(
              'mercenari* | empresa privada de seguridad | empresa militar privada | contratistas militares',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'alliances-with-armed-groups',
    name: {
      en: 'Links with other armed forces or groups',
      es: 'Vínculos con otras fuerzas o grupos armados',
    },
    description: {
      en: 'State forces act with, back or tolerate militias or other armed groups, or armed groups form alliances.',
      es: 'Fuerzas estatales actúan con milicias u otros grupos armados, los respaldan o toleran, o grupos armados forman alianzas.',
    },
    riskFactors: ['RF5'],
    crimes: [],
    legalBasis: [],
    framework: ['5.5'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'allied with | alliance with | backed by | in coordination with | fighting alongside | operating alongside | proxy | proxies | joint operations with | collusion | colluded | acquiescence',
            ),
            en.ARMED_ACTORS,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'aliad* con | alianza con | respaldad* por | en coordinacion con | combatiendo junto a | operando junto a | operaciones conjuntas con | colusion | connivencia | aquiescencia | complicidad',
            ),
            es.ARMED_ACTORS,
          ],
        },
      ],
    },
  },
  {
    id: 'commercial-enablers',
    name: {
      en: 'Companies enabling perpetrators',
      es: 'Empresas que facilitan la acción de los perpetradores',
    },
    description: {
      en: 'Companies or contractors supply fuel, logistics, surveillance technology or funds to forces accused of abuses.',
      es: 'Empresas o contratistas suministran combustible, logística, tecnología de vigilancia o fondos a fuerzas acusadas de abusos.',
    },
    riskFactors: ['RF5'],
    crimes: [],
    legalBasis: [],
    framework: ['5.6'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'companies | company | firms | contractors | corporation* | private military | private security | suppliers | banks',
            ),
            terms(
              'supplied | provided | sold | financed | funded | transported | surveillance | spyware | jet fuel | aviation fuel | logistics | dual use',
            ),
            [...en.ARMED_ACTORS, ...terms('military | junta | regime')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'empresas | empresa | compania* | contratistas | corporacion* | militares privados | seguridad privada | proveedores | bancos',
            ),
            terms(
              'suministraron | proporcionaron | vendieron | financiaron | transportaron | vigilancia | programas espia | combustible de aviacion | logistica | doble uso',
            ),
            [...es.ARMED_ACTORS, ...terms('militares | junta | regimen')],
          ],
        },
      ],
    },
  },
  {
    id: 'backing-by-elites',
    name: {
      en: 'Backing by wealthy or influential national actors',
      es: 'Respaldo de actores nacionales ricos o influyentes',
    },
    description: {
      en: 'Business people, landowners, politicians or diaspora figures finance, arm or sponsor armed groups.',
      es: 'Empresarios, terratenientes, políticos o figuras de la diáspora financian, arman o patrocinan grupos armados.',
    },
    riskFactors: ['RF5'],
    crimes: [],
    legalBasis: [],
    framework: ['5.7'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'businessmen | business leaders | tycoons | wealthy | elites | politicians | landowners | diaspora',
            ),
            terms('financed | funded | funding | bankrolled | armed | sponsored | supported'),
            BACKED_GROUPS_EN,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'empresarios | terratenientes | ganaderos | magnates | acaudalad* | elites | politicos | diaspora',
            ),
            terms(
              'financiaron | financiad* | financiacion | financiamiento | armaron | patrocin* | apoyaron',
            ),
            BACKED_GROUPS_ES,
          ],
        },
      ],
    },
  },
  {
    id: 'external-support-to-armed-actors',
    name: { en: 'Outside support to armed actors', es: 'Apoyo externo a actores armados' },
    description: {
      en: 'Foreign States, mercenaries or other outside actors give weapons, money, training or logistics to parties.',
      es: 'Estados extranjeros, mercenarios u otros actores externos proporcionan armas, dinero, entrenamiento o logística a las partes.',
    },
    riskFactors: ['RF5'],
    crimes: [],
    legalBasis: [],
    framework: ['5.8'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms('foreign | external | neighbouring | neighboring | regional power* | mercenar*'),
            terms(
              'weapons | arms | funding | training | logistics | drones | military support | backing | advisers | advisors',
            ),
            [...BACKED_GROUPS_EN, ...terms('forces | army | rebels | regime')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms('extranjer* | externo* | vecinos | potencia* regional* | mercenari*'),
            terms(
              'armas | financiacion | financiamiento | entrenamiento | logistica | drones | apoyo militar | respaldo | asesores',
            ),
            [...BACKED_GROUPS_ES, ...terms('fuerzas | ejercito | rebeldes | regimen')],
          ],
        },
      ],
    },
  },
];
