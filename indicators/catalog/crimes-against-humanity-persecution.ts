import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Art. 7(1)(h)–(k): persecution, enforced disappearance, apartheid and other inhumane acts.

export const crimesAgainstHumanityPersecution: Indicator[] = [
  {
    id: 'persecution-of-identifiable-group',
    name: {
      en: 'Persecution of an identifiable group',
      es: 'Persecución de un grupo con identidad propia',
    },
    description: {
      en: 'People are deprived of fundamental rights because of their ethnicity, religion, politics, gender or other identity.',
      es: 'Personas privadas de derechos fundamentales por su etnia, religión, opinión política, género u otra identidad.',
    },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(h)'],
    framework: [],
    weight: 0.75,
    rules: {
      en: [
        {
          all: [
            terms('persecut*'),
            [
              ...en.PROTECTED_GROUP,
              ...terms('political | gender | opposition | lgbt* | sexual orientation | dissidents'),
            ],
          ],
        },
        {
          all: [
            terms(
              'because of their | on the basis of their | on account of their | on grounds of | solely for their',
            ),
            terms(
              'ethnicity | religion | faith | political opinion* | political affiliation | gender | sexual orientation | tribe | origin | beliefs',
            ),
          ],
          window: 6,
        },
      ],
      es: [
        {
          all: [
            terms('persecucion | persecuciones | perseguid*'),
            [
              ...es.PROTECTED_GROUP,
              ...terms('politic* | genero | opositor* | lgbt* | orientacion sexual | disidentes'),
            ],
          ],
        },
        {
          all: [
            terms('por su | por sus | por motivos | en razon de | a causa de | debido a su'),
            terms(
              'etnia | origen etnico | religion | fe | credo | opinion politica | opiniones politicas | afiliacion politica | genero | orientacion sexual | identidad de genero | pertenencia',
            ),
          ],
          window: 6,
        },
      ],
    },
  },
  {
    id: 'enforced-disappearance',
    name: { en: 'Enforced disappearance', es: 'Desaparición forzada' },
    description: {
      en: 'People are detained or abducted by or with the backing of the State or an organisation, which then refuses to acknowledge it or to say where they are.',
      es: 'Personas detenidas o secuestradas por el Estado o una organización, o con su apoyo, que luego se niega a reconocerlo o a informar de su paradero.',
    },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(i)'],
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms(
              'enforced disappearance* | forced disappearance* | forcibly disappeared | victims of disappearance',
            ),
          ],
        },
        {
          all: [
            terms(
              'whereabouts remain unknown | whereabouts unknown | whereabouts are unknown | fate remains unknown | fate and whereabouts | never seen again | refused to disclose | denied holding | denied detaining | not been heard from',
            ),
            [...en.DETAINED, ...terms('abducted | taken away | picked up | seized | disappeared')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'desaparicion forzada | desapariciones forzadas | desaparecid* forzosamente | desaparecid* forzadamente | victimas de desaparicion',
            ),
          ],
        },
        {
          all: [
            terms(
              'se desconoce su paradero | paradero desconocido | se desconoce el paradero | sin conocer su paradero | suerte y paradero | nunca mas se supo | negaron tenerlos | negaron su detencion | no se ha vuelto a saber | siguen desaparecid* | continuan desaparecid*',
            ),
            [
              ...es.DETAINED,
              ...terms(
                'secuestrad* | sustraid* | se los llevaron | se lo llevaron | levantad* | desaparecid*',
              ),
            ],
          ],
        },
      ],
    },
  },
  {
    id: 'apartheid-regime',
    name: {
      en: 'Institutionalised racial or ethnic domination (apartheid)',
      es: 'Dominación racial o étnica institucionalizada (apartheid)',
    },
    description: {
      en: 'A regime of systematic oppression and domination of one racial or ethnic group over another, maintained through segregation and inhumane acts.',
      es: 'Un régimen de opresión y dominación sistemáticas de un grupo racial o étnico sobre otro, mantenido mediante segregación y actos inhumanos.',
    },
    riskFactors: ['RF12', 'RF9'],
    crimes: ['crimes_against_humanity', 'genocide'],
    legalBasis: ['7(1)(j)'],
    framework: ['9.1'],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [terms('apartheid')],
          none: terms('post apartheid | end of apartheid | fall of apartheid | anti apartheid'),
        },
        {
          all: [
            terms('institutionalised | institutionalized | systematic | systemic'),
            terms('oppression | domination | segregation'),
            terms('racial* | ethnic* | race'),
          ],
        },
      ],
      es: [
        {
          all: [terms('apartheid')],
          none: terms('post apartheid | fin del apartheid | contra el apartheid'),
        },
        {
          all: [
            terms('institucionaliz* | sistematic* | sistemic*'),
            terms('opresion | dominacion | segregacion'),
            terms('racial* | etnic* | raza'),
          ],
        },
      ],
    },
  },
  {
    id: 'other-inhumane-acts',
    name: {
      en: 'Other inhumane acts causing great suffering',
      es: 'Otros actos inhumanos que causan grandes sufrimientos',
    },
    description: {
      en: 'Cruel or inhumane treatment, brutal beatings or inhumane conditions that cause great suffering or serious injury to body or health.',
      es: 'Tratos crueles o inhumanos, palizas brutales o condiciones inhumanas que causan grandes sufrimientos o atentan gravemente contra la integridad física o la salud.',
    },
    riskFactors: ['RF11', 'RF13'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: ['7(1)(k)', '8(2)(a)(iii)', '8(2)(c)(i)'],
    framework: [],
    weight: 0.65,
    rules: {
      en: [
        {
          all: [
            terms(
              'inhumane act* | inhuman treatment | inhumane treatment | cruel treatment | great suffering | severe suffering | inhumane conditions | severely beaten | brutally beaten | savagely beaten',
            ),
          ],
          none: en.PROGRAMME_CONTEXT,
        },
      ],
      es: [
        {
          all: [
            terms(
              'actos inhumanos | trato inhumano | tratos inhumanos | trato cruel | tratos crueles | grandes sufrimientos | sufrimientos graves | condiciones inhumanas | brutalmente golpead* | golpead* brutalmente | golpizas brutales | salvajemente golpead*',
            ),
          ],
          none: es.PROGRAMME_CONTEXT,
        },
      ],
    },
  },
];
