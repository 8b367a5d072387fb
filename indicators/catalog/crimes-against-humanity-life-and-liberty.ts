import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Art. 7(1)(a)–(f): acts against life, liberty and physical integrity. The same conduct is often a war
// crime too, so the indicators cite both where the elements overlap; the scorer keeps them apart by crime.

export const crimesAgainstHumanityLifeAndLiberty: Indicator[] = [
  {
    id: 'killing-of-civilians',
    name: { en: 'Killings of civilians', es: 'Asesinatos de civiles' },
    description: {
      en: 'Civilians or other people not taking part in hostilities are reported killed, executed or massacred, including killings disguised as combat deaths.',
      es: 'Se informa de civiles u otras personas que no participan en las hostilidades asesinadas, ejecutadas o masacradas, incluidas muertes presentadas como bajas en combate.',
    },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: ['7(1)(a)', '8(2)(a)(i)', '8(2)(c)(i)'],
    framework: [],
    weight: 0.9,
    rules: {
      en: [
        { all: [en.KILLED, en.VICTIMS], none: en.NOT_VIOLENT_DEATH },
        {
          all: [
            terms('passed off as | presented as | reported as | dressed as | disguised as'),
            terms('combat deaths | killed in combat | guerrillas | rebels | insurgents | militants'),
            [...en.KILLED, ...terms('dead | deaths')],
          ],
        },
      ],
      es: [
        { all: [es.KILLED, es.VICTIMS], none: es.NOT_VIOLENT_DEATH },
        {
          all: [terms('falsos positivos')],
          none: terms('prueba* | test* | diagnostic* | pcr | laboratorio*'),
        },
        {
          all: [
            terms(
              'presentad* como | reportad* como | hechos pasar por | haciendolos pasar por | vestidos de',
            ),
            terms('bajas en combate | muertos en combate | guerrilleros | insurgentes | combatientes'),
            [...es.KILLED, ...terms('muertos | muertas | cuerpos')],
          ],
        },
      ],
    },
  },
  {
    id: 'extermination-mass-killing',
    name: { en: 'Mass killing on a large scale', es: 'Matanzas masivas a gran escala' },
    description: {
      en: 'Killings of hundreds or thousands, of whole villages or families, or the discovery of mass graves: the scale that extermination requires.',
      es: 'Asesinatos de centenares o miles de personas, de aldeas o familias enteras, o hallazgo de fosas comunes: la escala que exige el exterminio.',
    },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(b)'],
    framework: [],
    weight: 0.95,
    rules: {
      en: [
        {
          all: [
            terms(
              'massacr* | mass kill* | mass execution* | mass murder* | slaughter* | killed | executed | slain',
            ),
            terms(
              'hundreds | thousands | entire village* | entire famil* | whole village* | whole famil* | every man | all the men | all the inhabitants',
            ),
          ],
          none: en.NOT_VIOLENT_DEATH,
        },
        { all: [terms('extermin*'), [...en.VICTIMS, ...en.PROTECTED_GROUP]] },
        {
          all: [
            terms('mass grave* | mass burial*'),
            terms('discovered | found | uncovered | exhumed | identified | contained | containing'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms('masacr* | matanza* | asesin* | ejecutad* | fusilad* | ultimad*'),
            terms(
              'centenares | cientos | miles | aldeas enteras | aldea entera | familias enteras | familia entera | todos los hombres | todos los habitantes | pueblos enteros | comunidades enteras',
            ),
          ],
          none: es.NOT_VIOLENT_DEATH,
        },
        { all: [terms('extermin*'), [...es.VICTIMS, ...es.PROTECTED_GROUP]] },
        {
          all: [
            terms('fosa comun | fosas comunes | enterramiento* masivo* | inhumacion* masiva*'),
            terms('hallad* | descubiert* | encontrad* | exhumad* | exhumaron | identificad* | contenia*'),
          ],
        },
      ],
    },
  },
  {
    id: 'enslavement-and-forced-labour',
    name: { en: 'Enslavement, trafficking and forced labour', es: 'Esclavitud, trata y trabajo forzoso' },
    description: {
      en: 'People are held as slaves, bought, sold or traded, or forced to work under threat, including in trafficking networks run by armed actors.',
      es: 'Personas sometidas a esclavitud, compradas, vendidas o intercambiadas, u obligadas a trabajar bajo amenaza, también en redes de trata de actores armados.',
    },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(c)'],
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms(
              'enslav* | slavery | slaves | slave market* | forced labour | forced labor | servitude | debt bondage | human trafficking',
            ),
          ],
          none: en.PROGRAMME_CONTEXT,
        },
        {
          all: [
            terms('sold | bought | traded | auctioned'),
            terms('women | girls | children | captives | boys | persons | people'),
          ],
          window: 8,
        },
      ],
      es: [
        {
          all: [
            terms(
              'esclaviz* | esclavitud | esclavos | esclavas | mercado de esclavos | trabajo forzoso | trabajos forzados | trabajo forzado | servidumbre | trata de personas',
            ),
          ],
          none: es.PROGRAMME_CONTEXT,
        },
        {
          all: [
            terms('vendid* | vendieron | comprad* | compraron | subastad* | intercambiad*'),
            terms('mujeres | ninas | ninos | cautivas | cautivos | personas'),
          ],
          window: 8,
        },
      ],
    },
  },
  {
    id: 'forced-displacement-of-population',
    name: {
      en: 'Deportation or forcible transfer of population',
      es: 'Deportación o traslado forzoso de población',
    },
    description: {
      en: 'Civilians are expelled, deported or forced to flee the area where they lawfully live, by force, threats or coercive conditions.',
      es: 'Civiles expulsados, deportados u obligados a huir de la zona donde residen legítimamente, mediante la fuerza, amenazas o condiciones coactivas.',
    },
    riskFactors: ['RF11', 'RF7'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: ['7(1)(d)', '8(2)(a)(vii)'],
    framework: ['7.10'],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            terms(
              'forcibly displaced | forced displacement | forcibly transferred | forcible transfer | forcibly expelled | expelled | deported | deportation* | driven out | driven from | forced to flee | forced out | expulsion* | uprooted',
            ),
            [...en.VICTIMS, ...en.PROTECTED_GROUP],
          ],
          none: terms('visa | visas | immigration | overstay*'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'desplazamiento* forzado* | desplazad* por la fuerza | desplazad* forzosamente | traslado forzoso | trasladad* por la fuerza | expulsad* | expulsaron | expulsion* | deportad* | deportaron | deportacion* | obligad* a huir | forzad* a huir | desarraigad*',
            ),
            [...es.VICTIMS, ...es.PROTECTED_GROUP],
          ],
          none: terms('visado* | visa | migratori*'),
        },
      ],
    },
  },
  {
    id: 'arbitrary-mass-detention',
    name: {
      en: 'Arbitrary or mass detention',
      es: 'Detenciones arbitrarias o masivas',
    },
    description: {
      en: 'People are held without charge, trial or legal basis, incommunicado or in secret places, often in waves of arrests.',
      es: 'Personas retenidas sin cargos, juicio ni base legal, incomunicadas o en lugares secretos, a menudo en oleadas de detenciones.',
    },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: ['7(1)(e)', '8(2)(a)(vii)'],
    framework: [],
    weight: 0.65,
    rules: {
      en: [
        {
          all: [
            terms(
              'arbitrar* | without charge | without trial | unlawful* | indefinite* | mass arrest* | mass detention* | secret detention | secret prison* | unofficial detention | black site*',
            ),
            en.DETAINED,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'arbitrari* | sin cargos | sin juicio | sin orden judicial | ilegal* | indefinid* | masiv* | clandestin* | secreta | secretas | secreto | secretos',
            ),
            es.DETAINED,
          ],
        },
      ],
    },
  },
  {
    id: 'torture-and-ill-treatment',
    name: { en: 'Torture and ill-treatment in custody', es: 'Tortura y malos tratos bajo custodia' },
    description: {
      en: 'Severe pain or suffering is inflicted on people in custody or under control: beatings, electric shocks, suspension, mock executions and similar methods.',
      es: 'Se inflige dolor o sufrimiento graves a personas bajo custodia o control: golpizas, descargas eléctricas, colgamientos, simulacros de ejecución y métodos similares.',
    },
    riskFactors: ['RF11', 'RF13'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: ['7(1)(f)', '8(2)(a)(ii)', '8(2)(c)(i)'],
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms(
              'tortur* | waterboard* | electric shock* | electrocut* | stress positions | mock execution* | cigarette burns | nails pulled | beaten in custody | beaten in detention',
            ),
          ],
          none: [...en.PROGRAMME_CONTEXT, ...terms('against torture | optional protocol')],
        },
        {
          // Beatings of people held: the common, unnamed form of torture in custody.
          all: [
            terms(
              'beaten | beating | beatings | beat us | beat them | beat him | beat her | beat me | kicked | whipped | flogged | clubbed | rifle butts | hung by | burned with',
            ),
            en.DETAINED,
          ],
          none: en.PROGRAMME_CONTEXT,
          window: 12,
        },
      ],
      es: [
        {
          all: [
            terms(
              'tortur* | tormento* | descargas electricas | choques electricos | asfixia con bolsa | simulacro* de ejecucion | quemaduras de cigarrillo | colgad* de | posiciones de estres | golpead* bajo custodia | apremios ilegales',
            ),
          ],
          none: [...es.PROGRAMME_CONTEXT, ...terms('contra la tortura | protocolo facultativo')],
        },
        {
          // Golpizas a personas retenidas: la forma común, sin nombre, de la tortura bajo custodia.
          all: [
            terms(
              'golpead* | golpiza* | apaleado* | azotad* | patead* | culatazos | quemad* con | colgad* de',
            ),
            es.DETAINED,
          ],
          none: es.PROGRAMME_CONTEXT,
          window: 12,
        },
      ],
    },
  },
];
