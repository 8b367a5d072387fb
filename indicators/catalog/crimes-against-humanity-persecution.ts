import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
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
    // Acts against persons chosen for who they are (arrests of a congregation, killings of opponents, places
    // of worship torn down): their Framework factor is the scale of the attack (RF11, read from the sentence),
    // as for the other acts. The rights taken from a group by law or decree are discriminatory measures (RF7,
    // discriminatory-laws-and-citizenship-stripping).
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
        {
          // Arrests, bans and removals aimed at people for their faith, politics, gender or sexuality.
          all: [
            terms(
              'arrested | detained | barred | banned | prohibited | stripped of | taken from their | forbidden | raided',
            ),
            terms(
              'congregation | for praying | religious service* | worshippers | faith | on suspicion of homosexuality | homosexual* | lgbt* | transgender | opposition party | student activists | critics of the government | who had criticised | who had criticized | christian | muslim | their nationality',
            ),
          ],
          window: 12,
        },
        {
          // A group's places of worship torn down or burned outside hostilities (in armed conflict the
          // cultural-property indicator applies).
          all: [
            terms('demolished | razed | bulldozed | burned | burnt | setting fire to | set fire to | closed'),
            terms('mosques | churches | temples | synagogues | cemeteries | shrines | places of worship'),
          ],
          none: ctx.CONFLICT_PARTY_EN,
        },
        {
          all: [
            terms(
              'for reasons such as | for wearing | wearing a veil | praying at home | growing a beard | having relatives abroad | for their faith | for practising | for practicing',
            ),
            terms('sent to | detained | arrested | held | interned | camps | centres | centers | sentenced'),
          ],
        },
        {
          all: [
            anyOf(en.KILLED, en.DETAINED, terms('taken from | abducted | targeted')),
            terms(
              'members of the opposition | opposition members | opposition supporters | members and supporters | supporters of the opposition | opposition activists | who signed | open letter | christian community | muslim community | targeted attack on the',
            ),
          ],
          window: 14,
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
        {
          all: [
            terms(
              'detuvieron | detenid* | se llevaron | prohibieron | prohibe | prohibido | despojad* | impidio | cerraron | encarcelad* | allanamiento*',
            ),
            terms(
              'fieles | feligreses | catedral | misa | sacerdotes | religiosos | laicos catolicos | homilias | propaganda homosexual | personas trans | gais | lgbt* | por motivos politicos | presas politicas | presos politicos | opositores | su nacionalidad | de su nacionalidad | que habian criticado | criticado al gobierno',
            ),
          ],
          window: 14,
        },
        {
          all: [
            terms('demolieron | demolid* | arrasaron | quemaron | incendiaron | cerraron | clausuraron'),
            terms('mezquitas | iglesias | templos | sinagogas | cementerios | santuarios | lugares de culto'),
          ],
          none: ctx.CONFLICT_PARTY_ES,
        },
        {
          all: [
            anyOf(es.KILLED, es.DETAINED, terms('desaparecid* | secuestrad* | senalad*')),
            terms(
              'dirigentes | miembros de la oposicion | simpatizantes | militantes | opositores | brazo politico | de una lista | sus nombres | comunidad cristiana | comunidad musulmana | presas politicas | presos politicos | motivos politicos',
            ),
            terms('movimiento | partido | sindicato | oposicion | guerrilla | gobierno | politic*'),
          ],
          window: 16,
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
          // The crime named by an institution, a treaty or a law ("the unit for enforced disappearances", "the
          // Convention against enforced disappearance", an amnesty covering them) is about justice (RF2, RF3),
          // not a disappearance reported.
          none: terms(
            'convention | unit for | prosecutor* office | specialised prosecutor* | specialized prosecutor* | amnesty | criminalise | criminalize | criminalised | criminalized | ratified | ratify | penal code',
          ),
        },
        {
          all: [
            terms(
              'whereabouts remain unknown | whereabouts unknown | whereabouts are unknown | fate remains unknown | fate and whereabouts | never seen again | refused to disclose | denied holding | denied detaining | not been heard from',
            ),
            anyOf(en.DETAINED, terms('abducted | taken away | picked up | seized | disappeared')),
          ],
        },
        {
          // Deprivation of liberty followed by silence: the two elements of art. 7(2)(i), as reports put them.
          all: [
            terms(
              'disappearance of | disappearances | disappeared | vanished | last seen | reported missing | whereabouts | fate of | do not exist | denies holding | denied holding | acknowledged detaining only | no information on the fate | refused to give any information',
            ),
            anyOf(
              en.DETAINED,
              terms(
                'abducted | taken from | taken away | picked up | seized | loaded onto | stopped at checkpoints | captured | the missing | missing | handed over to | handed them over to',
              ),
            ),
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
          none: terms(
            'convencion | fiscalia especializada | unidad especializada | amnistia | tipificad* | tipificar | ratificado | ratificar | codigo penal',
          ),
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
        {
          all: [
            terms(
              'desaparecieron | desaparecid* | desaparicion | desapariciones | se desconoce el paradero | no han vuelto a saber | sin que sus familiares supieran | se niegan a confirmar | negaron tenerlos | niega tenerlos | sin reconocer',
            ),
            anyOf(
              es.DETAINED,
              terms(
                'se los llevaron | se lo llevaron | subidos a | subieron a | citados | secuestrad* | levantad* | retenid* | sacados de | entregaron a | entregados a',
              ),
            ),
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
        {
          // Separate laws, roads, registers and permits for one group: the regime described, not named.
          all: [
            terms(
              'separate registers | separate schools | separate roads | separate water | separate laws | segregation of | reserved for settler* | settler traffic | settlers on the same | designated townships | regime of domination | separate development',
            ),
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
        {
          all: [
            terms(
              'registros separados | escuelas separadas | tribunales distintos | reservad* a los colonos | los colonos | asentamientos vecinos | regimen institucionalizado',
            ),
            terms(
              'origen | permiso | permisos | sin permiso | sin autorizacion | acuifero | opresion | dominacion | circulan libremente',
            ),
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
    // Not 8(2)(c)(i): act-families.ts reads it as the killing family.
    legalBasis: ['7(1)(k)', '8(2)(a)(iii)'],
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
