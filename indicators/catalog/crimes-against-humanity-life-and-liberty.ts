import type { Indicator } from '../catalog-schema.ts';
import { crimesAgainstHumanityLiberty } from './crimes-against-humanity-liberty.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
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
    // A call to kill ("killing them is a duty") is incitement, not a reported killing.
    subsumedBy: ['direct-public-incitement-to-genocide'],
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
        {
          all: [
            terms('deaths | died | death'),
            terms('in custody | in detention | in police custody'),
            terms('blows | asphyxia | wounds | signs of torture | strangul* | gunshot* | beaten | beatings'),
          ],
        },
        {
          // Numbers and attacks as subjects: "left 41 dead", "the strike killed 12", "19 of them died".
          all: [
            terms(
              'left | leaving | leaves | killing at least | of them died | of whom died | of them were killed',
            ),
            terms('dead | killed | died'),
            anyOf(ctx.ATTACK_MEANS_EN, ctx.ATTACK_GENERIC_EN, terms('nerve agent | chlorine | gas')),
          ],
          none: en.NOT_VIOLENT_DEATH,
          window: 12,
        },
        {
          all: [
            terms('died | were killed | perished | lost their lives'),
            anyOf(
              ctx.ATTACK_MEANS_EN,
              ctx.ATTACK_GENERIC_EN,
              terms('nerve agent | chlorine | substances | gas'),
            ),
          ],
          none: anyOf(en.NOT_VIOLENT_DEATH, terms('hunger | starvation | malnutrition | cold | thirst')),
        },
        {
          all: [
            terms(
              'human remains | clandestine graves | clandestine grave | secret graves | crematorium ovens',
            ),
            terms('found | discovered | exhumed | uncovered | located | recovered'),
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
        {
          // Muertes bajo custodia con señales de violencia: homicidios, no muertes por las condiciones.
          all: [
            terms('muertes | muerte | murieron | fallecieron | fallecidos'),
            terms('bajo custodia | en custodia | bajo la custodia | bajo su custodia'),
            terms('golpes | asfixia | heridas | senales de tortura | estrangul* | disparos'),
          ],
        },
        {
          all: [
            terms('dejo | dejaron | deja | dejando | saldo de'),
            terms('muertos | muertas | fallecidos | victimas mortales'),
            anyOf(ctx.ATTACK_MEANS_ES, ctx.ATTACK_GENERIC_ES, terms('cloro | gas | agente neurotoxico')),
          ],
          none: es.NOT_VIOLENT_DEATH,
          window: 14,
        },
        {
          // "Un ataque aéreo destruyó el centro de salud … y murieron un enfermero y tres pacientes".
          all: [
            terms('murieron | murio | fallecieron | fallecio | perdieron la vida'),
            anyOf(ctx.ATTACK_MEANS_ES, ctx.ATTACK_GENERIC_ES, terms('sustancias | gas | cloro')),
          ],
          none: anyOf(es.NOT_VIOLENT_DEATH, terms('hambre | desnutricion | inanicion | frio | sed')),
        },
        {
          // Restos hallados por familias buscadoras: la huella de homicidios que nadie reconoce.
          all: [
            terms(
              'restos humanos | restos oseos | fosas clandestinas | fosa clandestina | hornos crematorios | cuerpos localizados',
            ),
            terms('hallazgo | hallaron | se hallaron | hallad* | localizad* | encontrad* | exhumad* | suma'),
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
          // The dead found by the hundreds: the scale is in the count of bodies or graves.
          all: [terms('hundreds of | thousands of'), terms('bodies | corpses | graves | fresh graves')],
          window: 4,
          none: en.NOT_VIOLENT_DEATH,
        },
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
            terms('cientos de | centenares de | miles de'),
            terms('cuerpos | cadaveres | tumbas | tumbas recientes | fosas'),
          ],
          window: 4,
          none: es.NOT_VIOLENT_DEATH,
        },
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
          none: [...en.PROGRAMME_CONTEXT, ...terms('called them slaves | calling them slaves')],
        },
        {
          all: [
            terms('sold | bought | traded | auctioned'),
            terms('women | girls | children | captives | boys | persons | people'),
          ],
          window: 8,
        },
        {
          all: [
            terms(
              'made to | forced to | compelled to | at gunpoint | rounded up | forcing them to | forcibly',
            ),
            terms(
              'dig | digging | carry | carrying | porters | cook | fetch water | farm | labour | labor | work in | work on | work for | without pay | unpaid | mine | mines',
            ),
          ],
          none: terms(
            'prisoners of war | trenches | firing positions | fortifications | enemy units | occupying | occupied | flee | leave',
          ),
          window: 10,
        },
        {
          all: [
            terms(
              'without pay | unpaid | without wages | debt bondage | debts they could never | withheld their documents | confiscated their passports | household and sexual | domestic servitude | domestic slaves',
            ),
            terms(
              'work | working | worked | dig | shifts | labour | labor | hours | exploited | kept them | held',
            ),
          ],
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
        {
          all: [
            terms(
              'obligad* a | obligaban a | obligan a | las obligan a | los obligan a | forzad* a | a punta de fusil | bajo amenaza | obligandolos a',
            ),
            terms(
              'trabajar | trabajo | cavar | cargar | cocinar | prestar | servicios | labores | minas | entables | cultivos | raspar coca | cosechar',
            ),
          ],
          none: terms(
            'prisioneros de guerra | trincheras | ejercito captor | fortificaciones | huir | abandonar | desalojar | salir',
          ),
          window: 10,
        },
        {
          all: [
            terms(
              'sin paga | sin salario | sin sueldo | sin remuneracion | sin pago | deudas impagables | retenian los documentos | les retenian | servidumbre domestica',
            ),
            terms('trabaj* | explotad* | jornadas | horas diarias | obligad* | fabricando | cosechando'),
          ],
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
          none: terms(
            'visa | visas | immigration | overstay* | expelled from school | expulsion from school',
          ),
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
          // Expelled from school is not from home.
          none: terms(
            'visado* | visa | migratori* | expulsion del colegio | expulsion de la escuela | expulsados del colegio',
          ),
        },
        {
          all: [
            terms(
              'desalojaron | desalojad* | desalojo* | abandonar sus | horas para abandonar | evacuar a toda | reubicad* | trasladad* | desplazamiento de',
            ),
            anyOf(es.VICTIMS, terms('poblacion | comunidad')),
          ],
          // "Fue trasladado al hospital": a medical transfer, not a forcible one.
          none: terms(
            'visado* | visa | migratori* | inundacion* | volcan* | huracan* | deslizamiento* | al hospital | a un hospital | al centro de salud | ambulancia',
          ),
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
