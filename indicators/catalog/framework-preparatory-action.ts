import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF7, 7.8–7.13: steps that single out a group and prepare the ground: discriminatory laws, rising
// violence against women and children, camps, marking, and identity turned into politics. Incitement
// (7.14) lives in incitement.ts.

export const frameworkPreparatoryAction: Indicator[] = [
  {
    id: 'discriminatory-laws-and-citizenship-stripping',
    name: {
      en: 'New discriminatory laws or loss of citizenship',
      es: 'Nuevas leyes discriminatorias o privación de la ciudadanía',
    },
    description: {
      en: 'Laws, decrees or policies restrict, exclude or strip citizenship from members of a protected group.',
      es: 'Leyes, decretos o políticas restringen, excluyen o privan de la ciudadanía a miembros de un grupo protegido.',
    },
    riskFactors: ['RF7', 'RF9'],
    crimes: ['genocide', 'crimes_against_humanity'],
    legalBasis: ['7(1)(h)'],
    framework: ['7.8', '9.1'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'discriminatory law* | discriminatory legislation | discriminatory decree* | discriminatory measure* | discriminatory polic* | stripped of citizenship | stripped of their citizenship | stripped of nationality | rendered stateless | denied citizenship | revoked citizenship | citizenship was revoked',
            ),
          ],
        },
        {
          all: [
            terms('law | laws | decree | decrees | bill | ordinance | regulation* | directive'),
            terms(
              'restrict* | banning | bans | barring | excludes | excluding | prohibit* | revok* | strips | stripping',
            ),
            en.PROTECTED_GROUP,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'ley* discriminatori* | legislacion discriminatoria | decreto* discriminatorio* | medida* discriminatoria* | politica* discriminatoria* | despojad* de la ciudadania | despojad* de la nacionalidad | privad* de la nacionalidad | privad* de la ciudadania | apatridas | negaron la ciudadania | revocaron la ciudadania',
            ),
          ],
        },
        {
          all: [
            terms('ley | leyes | decreto | decretos | proyecto de ley | ordenanza | reglamento* | directiva'),
            terms('restring* | prohib* | excluy* | exclusion | revoc* | despoj* | impide | impiden'),
            es.PROTECTED_GROUP,
          ],
        },
      ],
    },
  },
  {
    id: 'rising-violence-against-women-and-children',
    name: {
      en: 'Rising violence against women and children',
      es: 'Aumento de la violencia contra mujeres, niñas y niños',
    },
    description: {
      en: 'Gender-based violence, abductions of girls or grave violations against children rise, or are used as a tool of terror.',
      es: 'La violencia de género, el secuestro de niñas o las violaciones graves contra la infancia aumentan o se usan como herramienta de terror.',
    },
    riskFactors: ['RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['7.9'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'gender based violence | violence against women | violence against children | grave violations against children | sgbv | gbv | femicide* | feminicide* | abduction of girls | abductions of girls | abduction of women | child marriage | early marriage',
            ),
            terms(
              'increase* | increasing | rise | rising | rose | surge | spike | escalat* | alarming | doubled | tripled | widespread | systematic | as a weapon | tool of terror | weapon of war',
            ),
          ],
          none: en.PROGRAMME_CONTEXT,
        },
      ],
      es: [
        {
          all: [
            terms(
              'violencia de genero | violencia basada en genero | violencia contra las mujeres | violencia contra la mujer | violencia contra la infancia | violencia contra ninas y ninos | violaciones graves contra | feminicidio* | femicidio* | secuestro* de ninas | secuestro* de mujeres | matrimonio* infantil* | uniones tempranas',
            ),
            terms(
              'aumento | aumentaron | incremento | crecient* | alza | repunte | se duplic* | se triplic* | alarmante* | generalizad* | sistematic* | como arma | arma de guerra | herramienta de terror | instrumento de terror',
            ),
          ],
          none: es.PROGRAMME_CONTEXT,
        },
      ],
    },
  },
  {
    id: 'confinement-in-camps-or-ghettos',
    name: {
      en: 'Confinement in camps, ghettos or assigned places',
      es: 'Confinamiento en campos, guetos o lugares asignados',
    },
    description: {
      en: 'A group is confined to camps, ghettos or enclaves, interned, or prevented from leaving the places assigned to it.',
      es: 'Un grupo es confinado en campos, guetos o enclaves, internado o impedido de salir de los lugares que se le asignan.',
    },
    riskFactors: ['RF7'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: ['7(1)(e)', '8(2)(a)(vii)'],
    framework: ['7.10'],
    weight: 0.7,
    rules: {
      en: [
        {
          all: [
            terms(
              'camps | camp | ghetto* | internment | concentration camp* | re education | reeducation | detention camps | enclaves',
            ),
            terms(
              'confined | forcibly relocated | forced into | herded into | held in | interned | restricted to | not allowed to leave | cannot leave | prohibited from leaving | segregated | fenced in',
            ),
          ],
        },
        { all: [terms('confinement'), terms('communities | community | population | families | villages')] },
      ],
      es: [
        {
          all: [
            terms(
              'campamentos | campamento | campos de internamiento | campos de concentracion | campos de reeducacion | gueto* | enclaves | aldeas estrategicas',
            ),
            terms(
              'confinad* | reubicad* por la fuerza | obligad* a trasladarse | arread* | recluid* | internad* | retenid* | restringid* a | no pueden salir | no se les permite salir | prohibido salir | segregad* | cercad*',
            ),
          ],
          // People held in the camp, not aid trucks held at a checkpoint near one.
          window: 5,
        },
        {
          all: [
            terms('confinamiento*'),
            terms(
              'comunidades | comunidad | poblacion | familias | personas | indigenas | afrodescendientes',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'marking-of-group-members',
    name: { en: 'Marking of people or property by group', es: 'Marcado de personas o bienes según su grupo' },
    description: {
      en: 'Homes or shops are marked, or identity documents and lists record ethnicity or religion, making group members easy to find.',
      es: 'Se marcan viviendas o comercios, o documentos de identidad y listas registran la etnia o la religión, lo que facilita localizar a los miembros del grupo.',
    },
    riskFactors: ['RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['7.12'],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms('marked | painted | spray painted | tagged | branded'),
            terms('houses | homes | doors | shops | businesses | properties'),
          ],
          window: 8,
        },
        {
          all: [
            terms(
              'identity cards | id cards | identity documents | registration | registered | lists | listed',
            ),
            terms('indicating | showing | stating | recording | recorded | according to | by'),
            terms('ethnicity | ethnic origin | religion | religious affiliation | tribe | clan | race'),
          ],
          window: 10,
        },
      ],
      es: [
        {
          all: [
            terms('marcad* | marcaron | pintad* | pintaron | senalizad* | senalaron'),
            terms('casas | viviendas | puertas | comercios | tiendas | negocios | propiedades'),
          ],
          // Houses painted for a festival or a team's victory are decoration, not a mark on a group.
          none: terms(
            'celebrar | celebracion | fiesta* | festejo* | aficionados | hinchas | equipo | carnaval',
          ),
          window: 8,
        },
        {
          all: [
            terms(
              'documentos de identidad | cedulas | tarjetas de identidad | registro | listas | listados | empadron*',
            ),
            terms(
              'indicando | que indica | que indican | segun | por | consignando | registrando | registrad*',
            ),
            terms('etnia | origen etnico | religion | afiliacion religiosa | tribu | clan | raza'),
          ],
          window: 10,
        },
      ],
    },
  },
  {
    id: 'politicisation-of-identity',
    name: { en: 'Identity turned into a political weapon', es: 'Identidad convertida en arma política' },
    description: {
      en: 'Leaders stoke ethnic, religious or sectarian divisions, or politics increasingly runs along identity lines.',
      es: 'Dirigentes avivan las divisiones étnicas, religiosas o sectarias, o la política discurre cada vez más por líneas identitarias.',
    },
    riskFactors: ['RF7', 'RF4'],
    crimes: [],
    legalBasis: [],
    framework: ['7.13', '4.8'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms(
              'ethnic card | identity politics | politicisation of identity | politicization of identity | ethnic mobilisation | ethnic mobilization | ethnic rhetoric | sectarian rhetoric | us versus them | exploited ethnic | exploiting ethnic | stoked ethnic | stoking ethnic | stoked sectarian | stoking sectarian | fanned ethnic | fanning ethnic | along ethnic lines | along sectarian lines | along religious lines',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'carta etnica | politica* identitaria* | politizacion de la identidad | movilizacion etnica | retorica etnica | retorica sectaria | nosotros contra ellos | explotaron las divisiones | explotando las divisiones | avivaron las tensiones | avivando las tensiones | atizaron | atizando | lineas etnicas | lineas sectarias | lineas religiosas | fracturas etnicas',
            ),
          ],
        },
      ],
    },
  },
];
