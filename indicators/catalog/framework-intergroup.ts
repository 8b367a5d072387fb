import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF9: tensions between groups and patterns of discrimination against protected groups, the long
// background against which genocide becomes thinkable.

const GENOCIDE = 'genocide' as const;

export const frameworkIntergroup: Indicator[] = [
  {
    id: 'discrimination-against-protected-group',
    name: {
      en: 'Discrimination and exclusion of a protected group',
      es: 'Discriminación y exclusión de un grupo protegido',
    },
    description: {
      en: 'Discriminatory, segregating or exclusionary practices against an ethnic, racial, religious or national group.',
      es: 'Prácticas discriminatorias, segregacionistas o excluyentes contra un grupo étnico, racial, religioso o nacional.',
    },
    riskFactors: ['RF9'],
    crimes: [GENOCIDE],
    legalBasis: [],
    framework: ['9.1'],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'discriminat* | segregat* | exclusion | excluded | marginali* | restrictions on movement | movement restrictions | barred from | second class',
            ),
            en.PROTECTED_GROUP,
          ],
          none: terms(
            'committee on the elimination | elimination of racial discrimination | elimination of all forms | non discrimination | anti discrimination',
          ),
        },
        {
          // Identity as the axis of the targeting (9.1): measures or violence aimed at "members of the X
          // minority", at a faith, or at one group while "the majority group" is spared.
          all: [
            anyOf(
              ctx.HARM_EN,
              terms(
                'barred | bars | excludes | confiscating | separate | only in | designated | stopped all',
              ),
            ),
            terms(
              'minority | ethnic minority | religious minority | members of the | majority group | dominant group | christian | christians | christian owned | muslim | muslims | ethnic group | ethnicity | their faith | their religion | by blood',
            ),
          ],
          none: terms(
            'committee on the elimination | elimination of racial discrimination | minority shareholder* | minority stake | minority government | members of the committee | members of the security council',
          ),
        },
        {
          all: [
            anyOf(
              ctx.HARM_EN,
              terms(
                'census | record | registered | insult | picked out | belonging to | revenge against | moving residents | barred | procession | owned',
              ),
            ),
            terms(
              'speaking villages | speaking quarters | speaking communit* | speaking minority | speaking areas | descent | between the two communities | between communities | their own faith | other communities | family names | ethnicity | sarani homes | christian owned | hindu | jewish | buddhist* | ahmadi* | sunni | shia | shiite*',
            ),
          ],
          none: terms(
            'committee on the elimination | elimination of racial discrimination | minority shareholder*',
          ),
        },
      ],
      es: [
        {
          all: [
            terms(
              'discrimina* | segrega* | exclusion | excluid* | marginad* | marginacion | restricciones a la circulacion | restricciones de movimiento | ciudadanos de segunda',
            ),
            es.PROTECTED_GROUP,
          ],
          none: terms(
            'comite para la eliminacion | eliminacion de la discriminacion | eliminacion de todas las formas | no discriminacion | antidiscrimina*',
          ),
        },
        {
          all: [
            anyOf(
              ctx.HARM_ES,
              terms(
                'prohibe | prohibieron | les prohibe | se les niega | excluye | separados | reservad* | solo pueden',
              ),
            ),
            terms(
              'minoria | de la minoria | de la etnia | etnia | origen etnico | de la mayoria | grupo mayoritario | cristianos | musulmanes | su religion | su fe | su lengua',
            ),
          ],
          none: terms(
            'comite para la eliminacion | eliminacion de la discriminacion | accionista* minoritari* | gobierno minoritario | de la mayoria de los casos',
          ),
        },
        {
          all: [
            anyOf(
              ctx.HARM_ES,
              terms(
                'censo | registro | levantaron | seleccionad* | separad* | procesion | prohibieron | cerraron | ocupacion | demolicion | negado | niega',
              ),
            ),
            terms(
              'hablantes | de ascendencia | ascendencia | entre comunidades | entre vecinos | fieles de la comunidad | la religion | el origen de | su origen | comunidades mayas | pueblo maya | judios | budistas | hindues | catolicos | evangelicos | rohanies | a los wadi | familias wadi',
            ),
          ],
          none: terms(
            'comite para la eliminacion | eliminacion de la discriminacion | de la mayoria de los casos',
          ),
        },
      ],
    },
  },
  {
    id: 'denial-of-group-existence-or-identity',
    name: {
      en: 'Denial of a group’s existence or identity',
      es: 'Negación de la existencia o la identidad de un grupo',
    },
    description: {
      en: 'Authorities refuse to recognise a group, call its members foreigners or illegal immigrants, or leave them stateless.',
      es: 'Las autoridades se niegan a reconocer a un grupo, tratan a sus miembros de extranjeros o inmigrantes ilegales, o los dejan apátridas.',
    },
    riskFactors: ['RF9'],
    crimes: [GENOCIDE],
    legalBasis: [],
    framework: ['9.2'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'not recognised | not recognized | refuses to recognise | refuses to recognize | refused to recognise | refused to recognize | denied recognition | denies the existence | deny their existence | illegal immigrants | illegal migrants | foreigners | stateless | so called',
            ),
            [...en.PROTECTED_GROUP, ...terms('identity | language | existence | as citizens')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'no reconocid* | no reconoce | no reconocen | se niega a reconocer | se niegan a reconocer | nego el reconocimiento | niega la existencia | niegan la existencia | negacion de su existencia | inmigrantes ilegales | extranjeros | apatridas | supuestos | los llamados',
            ),
            [...es.PROTECTED_GROUP, ...terms('identidad | lengua | idioma | existencia | como ciudadanos')],
          ],
        },
      ],
    },
  },
  {
    id: 'unpunished-atrocities-against-group',
    name: {
      en: 'Unpunished past atrocities against a protected group',
      es: 'Atrocidades impunes contra un grupo protegido',
    },
    description: {
      en: 'Massacres, pogroms or other atrocities against a protected group that were never investigated or punished.',
      es: 'Masacres, pogromos u otras atrocidades contra un grupo protegido que nunca se investigaron ni castigaron.',
    },
    riskFactors: ['RF9', 'RF2'],
    crimes: [GENOCIDE],
    legalBasis: [],
    framework: ['9.3', '2.3'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'unpunished | impunity | never prosecuted | no one was held | no one has been held | never investigated | no accountability',
            ),
            terms('massacre* | pogrom* | atrocities | killings | violence against | attacks on'),
            en.PROTECTED_GROUP,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'impune* | impunidad | nunca fueron procesados | nadie ha rendido cuentas | nadie fue juzgado | nunca se investigo | sin rendicion de cuentas',
            ),
            terms('masacre* | pogrom* | atrocidades | asesinatos | violencia contra | ataques contra'),
            es.PROTECTED_GROUP,
          ],
        },
      ],
    },
  },
  {
    id: 'intercommunal-tensions',
    name: {
      en: 'Intercommunal, ethnic or sectarian tension and violence',
      es: 'Tensión y violencia intercomunitaria, étnica o sectaria',
    },
    description: {
      en: 'Clashes or tension between ethnic, religious, tribal or clan groups, or between farmers and herders of different groups.',
      es: 'Enfrentamientos o tensiones entre grupos étnicos, religiosos, tribales o clanes, o entre agricultores y pastores de distintos grupos.',
    },
    riskFactors: ['RF9', 'RF1'],
    crimes: [GENOCIDE],
    legalBasis: [],
    framework: ['9.4', '1.11'],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'intercommunal | inter communal | interethnic | inter ethnic | communal violence | communal clashes | ethnic tensions | ethnic clashes | ethnic violence | sectarian violence | sectarian clashes | sectarian tensions | tribal clashes | tribal conflict* | clan clashes | clan conflict* | religious tensions | religious violence | farmer herder | herder farmer',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'intercomunal* | intercomunitari* | interetnic* | violencia comunal | enfrentamientos comunales | tensiones etnicas | enfrentamientos etnicos | violencia etnica | violencia sectaria | enfrentamientos sectarios | tensiones sectarias | enfrentamientos tribales | conflicto* tribal* | enfrentamientos entre clanes | tensiones religiosas | violencia religiosa | agricultores y pastores | pastores y agricultores',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'conflict-shifting-to-identity-lines',
    name: {
      en: 'Political conflict shifting onto identity lines',
      es: 'Conflicto político que se desplaza hacia líneas identitarias',
    },
    description: {
      en: 'A political, social or regional conflict increasingly takes on an ethnic, religious or sectarian character.',
      es: 'Un conflicto político, social o regional adquiere cada vez más un carácter étnico, religioso o sectario.',
    },
    riskFactors: ['RF9'],
    crimes: [GENOCIDE],
    legalBasis: [],
    framework: ['9.5'],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'increasingly | taken on | taking on | took on | acquired | shifted | turned | morphed | along',
            ),
            terms(
              'ethnic dimension | ethnic character | sectarian dimension | sectarian character | religious dimension | ethnic lines | sectarian lines | religious lines | identity lines | tribal lines',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'cada vez mas | adquirido | adquirio | tomado | tomo | se ha convertido | se transformo | a lo largo de | siguiendo',
            ),
            terms(
              'dimension etnica | caracter etnico | dimension sectaria | caracter sectario | dimension religiosa | lineas etnicas | lineas sectarias | lineas religiosas | lineas identitarias | lineas tribales',
            ),
          ],
        },
      ],
    },
  },
];
