import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Signs of the specific intent of art. 6 ("to destroy, in whole or in part"). Intent is the chapeau of
// the crime, not an act, so most of these cite no provision: they raise the genocide reading of the acts
// that other indicators find.

export const genocideIntent: Indicator[] = [
  {
    id: 'genocide-statements-of-intent-to-destroy',
    name: {
      en: 'Statements of an intent to destroy a protected group',
      es: 'Declaraciones de la intención de destruir a un grupo protegido',
    },
    description: {
      en: 'Officials, commanders or others say, write or broadcast that a national, ethnic, racial or religious group should be wiped out, exterminated or cleansed.',
      es: 'Autoridades, mandos u otras personas dicen, escriben o difunden que un grupo nacional, étnico, racial o religioso debe ser aniquilado, exterminado o eliminado.',
    },
    riskFactors: ['RF10'],
    crimes: ['genocide'],
    legalBasis: [],
    framework: ['10.1'],
    weight: 0.95,
    rules: {
      en: [
        {
          all: [
            terms(
              'wipe out | wiped out | extermin* | eradicat* | annihilat* | eliminate them | destroy them | get rid of | cleanse | final solution | not one of them',
            ),
            en.PROTECTED_GROUP,
          ],
          none: terms(
            'extremis* | terroris* | poverty | disease* | polio | malaria | corruption | illiteracy | discrimination',
          ),
        },
        {
          all: [
            terms(
              'intent to destroy | intention to destroy | genocidal intent | genocidal rhetoric | genocidal statements',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'extermin* | aniquil* | erradic* | eliminarlos | eliminar a todos | borrar del mapa | acabar con ellos | acabar con todos | limpiar | solucion final | que no quede ninguno | no quede ni uno',
            ),
            es.PROTECTED_GROUP,
          ],
          none: terms(
            'extremis* | terroris* | pobreza | enfermedad* | corrupcion | analfabetismo | narcotrafico | discriminacion',
          ),
        },
        {
          all: [
            terms(
              'intencion de destruir | intencion genocida | proposito de destruir | retorica genocida | discurso genocida | declaraciones genocidas',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'genocide-selective-elimination',
    name: {
      en: 'Selective elimination of men, boys or leaders of a group',
      es: 'Eliminación selectiva de hombres, niños o líderes de un grupo',
    },
    description: {
      en: 'Men and boys, community or religious leaders, or educated members of a group are separated or singled out and killed, destroying the group’s ability to survive as such.',
      es: 'Hombres y niños, líderes comunitarios o religiosos o miembros instruidos de un grupo son separados o señalados y asesinados, lo que destruye la capacidad del grupo de sobrevivir como tal.',
    },
    riskFactors: ['RF10'],
    crimes: ['genocide'],
    legalBasis: ['6(a)'],
    framework: ['10.2'],
    weight: 0.9,
    rules: {
      en: [
        {
          all: [
            terms(
              'men and boys | military age | fighting age | battle age | community leaders | religious leaders | traditional leaders | intellectuals | elders | teachers | clerics | imams | priests | chiefs',
            ),
            en.KILLED,
            terms(
              'separated | separating | singled out | rounded up | taken away | selected | picked out | identified | on lists',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'hombres y ninos | hombres y adolescentes | ninos varones | edad militar | edad de combatir | lideres comunitarios | lideres religiosos | autoridades tradicionales | intelectuales | ancianos | maestros | docentes | clerigos | imames | sacerdotes | lideres sociales',
            ),
            es.KILLED,
            terms(
              'separad* | separaron | seleccionad* | senalad* | apartad* | apartaron | sacados | sacaron | escogid* | identificad* | en listas',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'genocide-dehumanising-methods-of-violence',
    name: {
      en: 'Dehumanising or humiliating methods of violence',
      es: 'Métodos de violencia deshumanizantes o humillantes',
    },
    description: {
      en: 'Bodies mutilated or put on display, killings or rapes in front of relatives, or victims forced to renounce their faith: methods meant to terrorise, humiliate or break the group.',
      es: 'Cuerpos mutilados o exhibidos, asesinatos o violaciones delante de familiares, o víctimas obligadas a renegar de su fe: métodos destinados a aterrorizar, humillar o quebrar al grupo.',
    },
    riskFactors: ['RF10', 'RF13'],
    crimes: ['genocide', 'war_crimes'],
    legalBasis: ['8(2)(b)(xxi)', '8(2)(c)(ii)'],
    framework: ['10.5', '13.5'],
    weight: 0.75,
    rules: {
      en: [
        {
          all: [
            terms(
              'mutilated bodies | mutilated corpses | desecrated bodies | dismember* | carved into | bodies were displayed | bodies were put on display | heads were displayed | forced to watch | forced to renounce | forced to convert | forced conversion* | forcibly converted',
            ),
          ],
        },
        {
          all: [terms('in front of their families | in front of their children | in front of relatives')],
          // "Raped in front of their families": the outrage is the rape itself, which the sexual-violence
          // indicator reads; killings in front of relatives remain this indicator.
          none: terms('raped | rape | rapes | gang raped | sexually assaulted'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'cuerpos mutilados | cadaveres mutilados | cuerpos profanados | desmembrad* | descuartizad* | marcad* a fuego | exhibieron los cuerpos | cuerpos exhibidos | cabezas exhibidas | obligad* a presenciar | obligad* a mirar | obligad* a renegar | obligad* a convertirse | conversion* forzada* | convertid* por la fuerza',
            ),
          ],
        },
        {
          all: [
            terms(
              'delante de sus familias | delante de sus hijos | frente a sus familias | frente a sus hijos',
            ),
          ],
          none: terms('violad* | violacion* | violaron | agredidas sexualmente'),
        },
      ],
    },
  },
  {
    id: 'genocide-erasure-of-group-identity',
    name: {
      en: 'Suppression of a group’s language, faith or identity',
      es: 'Supresión de la lengua, la fe o la identidad de un grupo',
    },
    description: {
      en: 'A group’s language, worship, dress or names are banned, or it is subjected to forced assimilation meant to change its identity.',
      es: 'Se prohíben la lengua, el culto, la vestimenta o los nombres de un grupo, o se le somete a una asimilación forzada destinada a cambiar su identidad.',
    },
    riskFactors: ['RF10', 'RF9'],
    crimes: ['genocide', 'crimes_against_humanity'],
    legalBasis: ['7(1)(h)'],
    framework: ['10.5', '9.2'],
    weight: 0.65,
    rules: {
      en: [
        {
          all: [
            terms(
              'banned | banning | prohibited | forbidden | outlawed | restricted | forced to abandon | forced to stop',
            ),
            terms(
              'language | mother tongue | religious practice* | prayer* | fasting | headscarves | beards | traditional dress | names | worship',
            ),
            en.PROTECTED_GROUP,
          ],
        },
        {
          all: [
            terms(
              'forced assimilation | forcible assimilation | cultural genocide | erase their identity | erasing their identity | erase their culture',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'prohibid* | prohibieron | prohibicion | vetad* | restringid* | obligad* a abandonar | obligad* a dejar',
            ),
            terms(
              'lengua | idioma | lengua materna | practicas religiosas | practica religiosa | oracion* | ayuno | velo | barba* | vestimenta tradicional | nombres | culto',
            ),
            es.PROTECTED_GROUP,
          ],
        },
        {
          all: [
            terms(
              'asimilacion forzada | asimilacion forzosa | genocidio cultural | borrar su identidad | borrar su cultura | borrar la identidad',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'genocide-public-celebration-of-violence',
    name: {
      en: 'Public celebration of violence against a group',
      es: 'Celebración pública de la violencia contra un grupo',
    },
    description: {
      en: 'Perpetrators or supporters cheer, boast about or film themselves celebrating killings, a sign of euphoria at having power over the group.',
      es: 'Los autores o sus partidarios festejan, se jactan o se graban celebrando los asesinatos, señal de euforia por dominar al grupo.',
    },
    riskFactors: ['RF10'],
    crimes: ['genocide'],
    legalBasis: [],
    framework: [],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'celebrat* | cheered | cheering | boasted | boasting | bragged | filmed themselves | gloat* | jubilant | chanting',
            ),
            [
              ...en.KILLED,
              ...terms(
                'destruction of the last | not one is left | none of them is left | not a single one left',
              ),
            ],
          ],
          none: terms('anniversary | commemorat* | memorial'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'festej* | vitore* | se jactaron | se jactaba* | alardearon | alardeaban | se grabaron | se filmaron | con jubilo | entre cantos | celebrando los',
            ),
            [
              ...es.KILLED,
              ...terms('destruccion de la ultima | ya no queda ni uno | no queda ni uno | no quedo ni uno'),
            ],
          ],
          none: terms('aniversario | conmemora* | memorial'),
        },
      ],
    },
  },
];
