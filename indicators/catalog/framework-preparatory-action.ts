import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
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
      en: 'Laws, decrees or official measures bar a group from land, schooling, marriage, work, worship or citizenship, or punish its identity: a protected group, women, political opponents or sexual minorities.',
      es: 'Leyes, decretos o medidas oficiales impiden a un grupo acceder a la tierra, la educación, el matrimonio, el trabajo, el culto o la ciudadanía, o castigan su identidad: un grupo protegido, las mujeres, los opositores o las minorías sexuales.',
    },
    // 7.8 whoever the group: RF9 (a protected group as the axis) is read by discrimination-against-protected-
    // group when the sentence names one, since the same measures also strike opponents, women or LGBTI people.
    riskFactors: ['RF7'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(h)'],
    framework: ['7.8'],
    weight: 0.55,
    // The bans imposed on children taken from their group are part of their transfer (art. 6(e)).
    subsumedBy: ['genocide-transfer-of-children'],
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
        {
          // Rights taken from a group: land, schooling, marriage, work, movement, papers, worship.
          all: [
            terms(
              'bars | barred | barring | banned | bans | excluded | excludes | excluding | forbidden | prohibited | may not | stripped of | confiscating | confiscated | revoked',
            ),
            terms(
              'owning land | universit* | secondary school | attending a religious service | attending religious services | marrying | marry | working for | travelling | traveling | citizenship | identity cards | nationality | passports | practise their religion | practice their religion | praying | veil | public office | voting',
            ),
            anyOf(en.PROTECTED_GROUP, terms('girls | women | members of | opposition | community')),
          ],
        },
        {
          all: [
            terms('citizenship law | nationality law | citizenship act | nationality act'),
            terms('excludes | excluded | strips | stripped | revokes | revoked | denies | denied'),
          ],
        },
        {
          // A law that punishes who people are or whom they love.
          all: [
            terms('law | laws | decree | decrees | bill'),
            terms(
              'criminalises | criminalizes | criminalising | criminalizing | punishes | punishing | penalises | penalizes | outlaws | outlawing',
            ),
            terms('homosexual* | same sex | lgbt* | transgender | gay propaganda'),
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
        {
          all: [
            terms(
              'prohibe | prohibio | prohibieron | prohibido | prohibida | les prohibe | les impide | excluye | excluyo | despojad* | despojo | confiscan | confiscaron | les retiran | les retiraron | no pueden | vetad*',
            ),
            terms(
              'tierras | universidad* | escuela secundaria | colegio | casarse | contraer matrimonio | trabajar | viajar | ciudadania | nacionalidad | documentos de identidad | cedulas | pasaportes | rezar | su culto | velo | abrir comercios | votar | cargos publicos | examen de acceso',
            ),
            anyOf(es.PROTECTED_GROUP, terms('ninas | mujeres | miembros de | opositores | comunidad')),
          ],
        },
        {
          all: [
            terms('ley de ciudadania | ley de nacionalidad | ley de la ciudadania | ley de la nacionalidad'),
            terms('excluye | excluyo | despoja | despojo | priva | privo | revoca | niega'),
          ],
        },
        {
          all: [
            terms('ley | leyes | decreto | decretos | proyecto de ley'),
            terms('castiga | castigan | penaliza | penalizan | criminaliza | criminalizan | prohibe'),
            terms('homosexual* | mismo sexo | lgbt* | personas trans | propaganda homosexual'),
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
    // Documents that differ by group under an institutional regime are that regime's means (apartheid).
    subsumedBy: ['apartheid-regime'],
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
            terms(
              'indicating | showing | stating | recording | recorded | according to | by | code for | a code',
            ),
            terms(
              'ethnicity | ethnic origin | ethnic group | religion | religious affiliation | tribe | clan | race',
            ),
          ],
          window: 14,
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
              'indicando | que indica | que indican | segun | por | consignando | registrando | registrad* | codigo de | un codigo',
            ),
            terms(
              'etnia | origen etnico | grupo etnico | religion | afiliacion religiosa | tribu | clan | raza',
            ),
          ],
          window: 14,
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
