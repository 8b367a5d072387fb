import type { Indicator } from '../catalog-schema.ts';
import { crimesAgainstHumanityLiberty } from './crimes-against-humanity-liberty.ts';
import { anyOf, terms } from './terms.ts';
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
            anyOf(en.KILLED, terms('deaths')),
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
            es.KILLED,
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
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: ['7(1)(d)', '8(2)(a)(vii)'],
    framework: [],
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
        {
          // Evictions and orders to leave: the coercion is the order, whoever gives it.
          all: [
            terms(
              'evicted | eviction* | forced to leave | hours to leave | days to leave | temporary relocation | relocated | bulldozing | bulldozed | moving residents | leave within | forcibly moved',
            ),
            anyOf(en.VICTIMS, terms('village | camp')),
          ],
          none: terms(
            'visa | visas | immigration | overstay* | flood* | volcan* | cyclone* | hurricane* | landslide*',
          ),
        },
        {
          // Flight from burning villages, militias or threats, not from fighting in general.
          all: [
            terms('fled | fleeing | now live in camps | crossed the border | forced to flee'),
            terms('burned | burning | torched | set fire | militia* | threats | threatened | killings'),
          ],
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
        {
          all: [
            terms(
              'desalojaron | desalojad* | desalojo* | abandonar sus | horas para abandonar | evacuar a toda | reubicad* | trasladad* | desplazamiento de',
            ),
            anyOf(es.VICTIMS, terms('poblacion | comunidad')),
          ],
          none: terms('visado* | visa | migratori* | inundacion* | volcan* | huracan* | deslizamiento*'),
        },
        {
          all: [
            terms('huyeron | huyendo | huir | cruzaron la frontera | desplazamiento | desplazad*'),
            terms('incendi* | quemad* | quemaron | milicias | amenazas | amenazad* | masacres'),
          ],
        },
      ],
    },
  },
  ...crimesAgainstHumanityLiberty,
];
