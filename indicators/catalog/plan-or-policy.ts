import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF12: signs of a State or organisational policy (art. 7(2)(a)). The themes follow the factors courts
// have used to infer a policy that was never written down; the Framework's numbering is not known (R?).

const CAH = 'crimes_against_humanity' as const;

export const planOrPolicy: Indicator[] = [
  {
    id: 'orders-to-attack-civilians',
    name: { en: 'Orders or plans to attack civilians', es: 'Órdenes o planes de atacar a civiles' },
    description: {
      en: 'Reports that forces were ordered or instructed to kill, burn, expel or detain civilians or a group, or that a plan or policy to do so exists.',
      es: 'Informes de que se ordenó o instruyó a las fuerzas matar, quemar, expulsar o detener a civiles o a un grupo, o de que existe un plan o política para ello.',
    },
    riskFactors: ['RF12'],
    crimes: [CAH],
    legalBasis: ['7(2)(a)'],
    framework: [],
    weight: 0.7,
    rules: {
      en: [
        {
          all: [
            terms(
              'ordered to | orders to | order to | instructed to | instructions to | directive to | plan to | policy of | campaign to',
            ),
            terms(
              'kill | shoot | burn | attack | destroy | clear | expel | arrest | detain | exterminate | eliminate | target | rape',
            ),
            [...en.VICTIMS, ...en.PROTECTED_GROUP, ...terms('villages')],
          ],
          window: 12,
          none: terms('discrimination | poverty | barriers | inequalit* | malaria | disease*'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'ordenes de | orden de | ordenaron | ordeno | instrucciones de | directiva de | directrices de | plan para | politica de | campana para',
            ),
            terms(
              'matar | disparar | quemar | atacar | destruir | limpiar | expulsar | detener | exterminar | eliminar | arrasar | violar',
            ),
            [...es.VICTIMS, ...es.PROTECTED_GROUP, ...terms('aldeas | pueblos')],
          ],
          window: 12,
          none: terms('discriminacion | pobreza | barreras | brecha* | desigualdad* | malaria | enfermedad*'),
        },
      ],
    },
  },
  {
    id: 'documents-or-lists-revealing-a-plan',
    name: {
      en: 'Documents or target lists revealing a plan',
      es: 'Documentos o listas de objetivos que revelan un plan',
    },
    description: {
      en: 'Leaked or captured orders, minutes or files, or kill lists and blacklists naming people to be targeted.',
      es: 'Órdenes, actas o archivos filtrados o incautados, o listas negras y de objetivos con nombres de personas que serán atacadas.',
    },
    riskFactors: ['RF12'],
    crimes: [CAH],
    legalBasis: ['7(2)(a)'],
    framework: [],
    weight: 0.65,
    rules: {
      en: [
        {
          all: [terms('kill list* | hit list* | death list* | blacklist* | target list* | lists of targets')],
        },
        {
          all: [
            terms('leaked | captured | internal | classified | seized'),
            terms('documents | memo | memos | minutes | orders | cables | files | recordings'),
            terms('plan | plans | operation* | civilians | population | kill | target* | cleans*'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'lista negra | listas negras | lista* de objetivos | lista de la muerte | listas de la muerte | lista* para matar',
            ),
          ],
        },
        {
          all: [
            terms('filtrad* | incautad* | internos | internas | clasificad* | confidencial*'),
            terms('documentos | memorando* | actas | ordenes | cables | archivos | grabaciones'),
            terms('plan | planes | operacion* | civiles | poblacion | matar | objetivo* | limpieza'),
          ],
        },
      ],
    },
  },
  {
    id: 'high-level-involvement',
    name: {
      en: 'Involvement of high-level political or military authorities',
      es: 'Participación de altas autoridades políticas o militares',
    },
    description: {
      en: 'Senior officials or commanders ordered, authorised, planned or oversaw operations in which civilians were attacked.',
      es: 'Altos cargos o mandos ordenaron, autorizaron, planificaron o supervisaron operaciones en las que se atacó a civiles.',
    },
    riskFactors: ['RF12'],
    crimes: [CAH],
    legalBasis: ['7(2)(a)'],
    framework: [],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'president | minister* | commander in chief | chief of staff | generals | senior officials | high ranking | senior commanders | head of state | governor',
            ),
            terms(
              'ordered | directed | authorized | authorised | approved | oversaw | coordinated | planned',
            ),
            [
              ...en.KILLED,
              ...terms('crackdown | operation against | campaign against | attacks on civilians'),
            ],
          ],
          none: terms(
            'investigation | inquiry | probe | prosecution* | accountability | compensation | condemned',
          ),
        },
      ],
      es: [
        {
          all: [
            terms(
              'presidente | ministr* | comandante en jefe | jefe del estado mayor | generales | altos funcionarios | altos mandos | alto mando | gobernador | jefe de estado',
            ),
            terms(
              'ordenaron | ordeno | dirigieron | dirigio | autorizaron | autorizo | aprobaron | aprobo | supervisaron | superviso | coordinaron | coordino | planificaron | planifico',
            ),
            [
              ...es.KILLED,
              ...terms('represion | operativo contra | ofensiva contra | ataques contra civiles'),
            ],
          ],
          none: terms(
            'investigacion | indagacion | esclarecimiento | enjuiciamiento | reparacion* | condeno | condenaron',
          ),
        },
      ],
    },
  },
  {
    id: 'demographic-engineering',
    name: {
      en: 'Measures to change the make-up of the population',
      es: 'Medidas para cambiar la composición de la población',
    },
    description: {
      en: 'Policies that alter the ethnic, religious or political composition of an area: expelling one group and resettling another.',
      es: 'Políticas que alteran la composición étnica, religiosa o política de una zona: expulsar a un grupo y asentar a otro.',
    },
    riskFactors: ['RF12', 'RF4'],
    crimes: [CAH, 'war_crimes'],
    legalBasis: ['7(1)(d)', '8(2)(b)(viii)'],
    framework: ['4.4'],
    weight: 0.6,
    rules: {
      en: [
        { all: [terms('demographic engineering | demographic manipulation')] },
        {
          all: [
            terms(
              'change | changes | changing | changed | alter | alters | altering | altered | reshape* | shift*',
            ),
            terms(
              'demographic composition | ethnic composition | ethnic make up | religious composition | demographic balance | demographic character | demography',
            ),
          ],
          window: 8,
        },
        {
          all: [
            terms('resettled | resettling | repopulat* | brought in | moved in'),
            terms('settlers | families from | loyalist | newcomers'),
          ],
        },
      ],
      es: [
        { all: [terms('ingenieria demografica | manipulacion demografica')] },
        {
          all: [
            terms(
              'cambiar | cambio | cambiaron | modificar | modifico | modificaron | alterar | altero | alteraron | transformar',
            ),
            terms(
              'composicion demografica | composicion etnica | composicion religiosa | equilibrio demografico | caracter demografico | demografia',
            ),
          ],
          window: 8,
        },
        {
          all: [
            terms('reasentad* | reasentaron | repobla* | trajeron | instalaron'),
            terms('colonos | familias de | leales | recien llegados'),
          ],
        },
      ],
    },
  },
  {
    id: 'parallel-structures-and-death-squads',
    name: {
      en: 'Parallel or ad hoc structures and death squads',
      es: 'Estructuras paralelas o ad hoc y escuadrones de la muerte',
    },
    description: {
      en: 'Death squads, parallel command structures or ad hoc committees that carry out violence outside the formal chain, including "social cleansing".',
      es: 'Escuadrones de la muerte, estructuras de mando paralelas o comités ad hoc que ejercen la violencia fuera de la cadena formal, incluida la "limpieza social".',
    },
    riskFactors: ['RF12'],
    crimes: [CAH],
    legalBasis: ['7(2)(a)'],
    framework: [],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'death squad* | parallel structure* | parallel command | parallel chain of command | ad hoc committee* | crisis committee* | kill squad* | hit squad* | social cleansing',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'escuadron* de la muerte | estructura* paralela* | mando paralelo | cadena de mando paralela | comite* ad hoc | comite* de crisis | grupos de exterminio | limpieza social',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'discriminatory-security-procedures',
    name: {
      en: 'Discriminatory security procedures',
      es: 'Procedimientos de seguridad discriminatorios',
    },
    description: {
      en: 'Checkpoints, identity checks or search operations that single out people by ethnicity, religion or origin.',
      es: 'Puestos de control, controles de identidad u operaciones de registro que señalan a las personas por su etnia, religión u origen.',
    },
    riskFactors: ['RF12', 'RF9'],
    crimes: [CAH, 'genocide'],
    legalBasis: ['7(1)(h)'],
    framework: ['9.1'],
    weight: 0.5,
    // Separate identity documents and checkpoints of an institutional regime are its means (apartheid).
    subsumedBy: ['apartheid-regime'],
    rules: {
      en: [
        {
          all: [
            terms(
              'checkpoint* | identity checks | id checks | identity cards | screening | cordon and search | profiling | house searches',
            ),
            terms(
              'separated | singled out | segregated | profiled | denied passage | based on their | according to their',
            ),
            en.PROTECTED_GROUP,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'puesto* de control | reten* | controles de identidad | documentos de identidad | cedula* | requisas | allanamientos | perfilamiento',
            ),
            terms(
              'separad* | senalad* | segregad* | perfilad* | les negaron el paso | segun su | en funcion de su | por su',
            ),
            es.PROTECTED_GROUP,
          ],
        },
      ],
    },
  },
];
