import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF11 and the contextual element of art. 7(2)(a): single acts become crimes against humanity only as
// part of a widespread or systematic attack. The Framework's RF11 indicators are known only by theme
// (R?), so none of these cites a Framework number.

const CAH = 'crimes_against_humanity' as const;

export const attackOnCivilianPopulation: Indicator[] = [
  {
    id: 'widespread-or-systematic-attack',
    name: {
      en: 'Widespread or systematic attack on civilians',
      es: 'Ataque generalizado o sistemático contra civiles',
    },
    description: {
      en: 'Sources describe violence against civilians as widespread or systematic, or qualify it as crimes against humanity.',
      es: 'Las fuentes califican la violencia contra civiles de generalizada o sistemática, o de crímenes de lesa humanidad.',
    },
    riskFactors: ['RF11'],
    crimes: [CAH],
    legalBasis: ['7(2)(a)'],
    framework: [],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            terms(
              'widespread and systematic | widespread or systematic | widespread attack | systematic attack | systematic pattern | widespread pattern | organised pattern | organized pattern | systematic campaign | systematic killings | systematic violence | crimes against humanity',
            ),
          ],
          // Treaty talk and verdicts about past crimes are not signs of a present attack.
          none: terms(
            'convention | treaty | draft articles | negotiat* | sentenced | convicted | acquitted | verdict | trial',
          ),
        },
      ],
      es: [
        {
          all: [
            terms(
              'generalizado y sistematico | generalizada y sistematica | generalizados y sistematicos | generalizadas y sistematicas | generalizado o sistematico | ataque generalizado | ataque sistematico | patron sistematico | patron generalizado | campana sistematica | practica sistematica | caracter sistematico | crimenes de lesa humanidad | crimen de lesa humanidad | crimenes contra la humanidad | delitos de lesa humanidad',
            ),
          ],
          none: terms(
            'convencion | tratado | proyecto de articulos | negociacion* | sentenciad* | condenad* | condeno | condenaron | absuelt* | veredicto | juicio',
          ),
        },
      ],
    },
  },
  {
    id: 'pattern-of-attacks-on-civilians',
    name: { en: 'Repeated attacks on civilians', es: 'Ataques reiterados contra civiles' },
    description: {
      en: 'A series, wave or pattern of attacks, killings or abductions against civilians, villages or communities, rather than isolated incidents.',
      es: 'Una serie, ola o patrón de ataques, asesinatos o secuestros contra civiles, aldeas o comunidades, y no incidentes aislados.',
    },
    riskFactors: ['RF11'],
    crimes: [CAH],
    legalBasis: ['7(2)(a)'],
    framework: [],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'pattern of | series of | wave of | repeated | recurrent | spate of | string of | succession of',
            ),
            terms('attacks | killings | raids | abductions | massacres | assaults'),
            [
              ...en.VICTIMS,
              ...terms('villages | towns | communities | neighbourhoods | neighborhoods | camps'),
            ],
          ],
          none: en.NOT_ARMED_ATTACK,
        },
        {
          // A course of conduct described as such: the same sequence, each time, in each of many places, or
          // spreading from place to place.
          all: [
            terms(
              'consistent pattern | the pattern was | same pattern | same sequence | same method | same methods | each time | every time | in each of | spread from | spread to | spread across | daily occurrence | systematic | systematically',
            ),
            terms(
              'killings | killed | executed | executions | arrests | abductions | disappearances | raided | raids | attacks on civilians | massacres | burned | shooting | rapes | raped',
            ),
          ],
          none: en.NOT_ARMED_ATTACK,
        },
        {
          // Attacks recorded across most of a country's districts or provinces.
          all: [
            terms(
              'attacks on civilians | killings of civilians | attacks against civilians | civilian casualties',
            ),
            terms('districts | provinces | states | regions | municipalities | departments'),
          ],
          none: en.NOT_ARMED_ATTACK,
        },
      ],
      es: [
        {
          all: [
            terms(
              'patron de | serie de | ola de | oleada de | repetid* | reiterad* | recurrente* | sucesion de | racha de',
            ),
            terms('ataques | asesinatos | incursiones | secuestros | masacres | agresiones | hostigamientos'),
            [
              ...es.VICTIMS,
              ...terms('aldeas | pueblos | comunidades | barrios | campamentos | veredas | corregimientos'),
            ],
          ],
          none: es.NOT_ARMED_ATTACK,
        },
        {
          all: [
            terms(
              'patron sistematico | mismo patron | mismo esquema | misma secuencia | mismo metodo | mismos metodos | cada vez | en cada una de | en cada uno de | se extendieron | se extendio | se ha extendido | a diario | sistematic*',
            ),
            terms(
              'asesinatos | asesinad* | ejecuciones | ejecutad* | detenciones | detenid* | secuestros | desapariciones | incursiones | allanamientos | ataque | ataques | masacres | quemad* | violaciones | homicidios',
            ),
          ],
          none: es.NOT_ARMED_ATTACK,
        },
        {
          all: [
            terms(
              'ataques contra civiles | ataques contra la poblacion civil | asesinatos de civiles | victimas civiles',
            ),
            terms('estados | provincias | departamentos | municipios | regiones | distritos'),
          ],
          none: es.NOT_ARMED_ATTACK,
        },
      ],
    },
  },
  {
    id: 'coordinated-operations-same-methods',
    name: {
      en: 'Coordinated operations using the same methods in several places',
      es: 'Operaciones coordinadas con los mismos métodos en varios lugares',
    },
    description: {
      en: 'Simultaneous or coordinated attacks, or the same modus operandi repeated across places and times, which points to organisation.',
      es: 'Ataques simultáneos o coordinados, o el mismo modus operandi repetido en distintos lugares y momentos, lo que apunta a una organización.',
    },
    riskFactors: ['RF11', 'RF12'],
    crimes: [CAH],
    legalBasis: ['7(2)(a)'],
    framework: [],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'coordinated | simultaneous | synchronised | synchronized | same pattern | similar pattern | same modus operandi | identical pattern | same methods',
            ),
            terms('attacks | raids | operations | assaults | killings | arrests | abductions'),
          ],
          none: terms('humanitarian* | assistance | aid | response plan'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'coordinad* | simultane* | mismo patron | patron similar | mismo modus operandi | mismo modo de operar | mismos metodos',
            ),
            terms(
              'ataques | incursiones | operativos | operaciones | asaltos | asesinatos | detenciones | redadas | secuestros',
            ),
          ],
          none: terms('humanitari* | asistencia | ayuda | plan de respuesta'),
        },
      ],
    },
  },
  {
    id: 'escalation-and-spread-of-violence',
    name: {
      en: 'Escalation or geographic spread of violence against civilians',
      es: 'Escalada o extensión geográfica de la violencia contra civiles',
    },
    description: {
      en: 'Violence grows in scale, gravity or reach: it intensifies, spreads to new areas or targets more populations.',
      es: 'La violencia crece en escala, gravedad o alcance: se intensifica, se extiende a nuevas zonas o alcanza a más poblaciones.',
    },
    riskFactors: ['RF11'],
    crimes: [CAH],
    legalBasis: [],
    framework: [],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'spread to | spread into | expanded to | extended to | new areas | other regions | other provinces | escalat* | intensif* | surge in | sharp increase | sharply increased | rising number',
            ),
            terms('violence | attacks | killings | fighting | abductions | displacement | raids'),
          ],
          none: en.NOT_ARMED_ATTACK,
        },
      ],
      es: [
        {
          all: [
            terms(
              'se extendio | se extendieron | se propago | nuevas zonas | otras regiones | otros departamentos | otras provincias | escalad* | intensific* | aumento de | aumento drastico | incremento de | recrudec*',
            ),
            terms('violencia | ataques | asesinatos | combates | secuestros | desplazamiento* | incursiones'),
          ],
          none: es.NOT_ARMED_ATTACK,
        },
      ],
    },
  },
  {
    id: 'rising-arrests-disappearances-displacement',
    name: {
      en: 'Rising arrests, disappearances or displacement',
      es: 'Aumento de detenciones, desapariciones o desplazamientos',
    },
    description: {
      en: 'Reports of a growing number of arrests, detentions, disappearances, abductions or displaced people.',
      es: 'Informes de un número creciente de arrestos, detenciones, desapariciones, secuestros o personas desplazadas.',
    },
    riskFactors: ['RF11'],
    crimes: [CAH],
    legalBasis: [],
    framework: [],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms('rising | rise in | increase* | growing | surge | spike | mounting | doubled | tripled'),
            terms('arrests | detentions | disappearances | abductions | displacement | displaced'),
          ],
          window: 8,
          none: terms('return* | returnees | resettled'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'aumento | aumentaron | incremento | crecient* | se duplic* | se triplic* | alza | repunte',
            ),
            terms('detenciones | arrestos | desapariciones | secuestros | desplazamiento* | desplazados'),
          ],
          window: 8,
          none: terms('retorn* | regres* | reasentad*'),
        },
      ],
    },
  },
];
