import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';

// RF3: weak State structures that reduce the capacity to prevent or halt atrocities. Structural and
// slow-moving, so weights stay low.

export const frameworkStateWeakness: Indicator[] = [
  {
    id: 'weak-justice-and-security-institutions',
    name: {
      en: 'Under-resourced or absent justice and law-enforcement institutions',
      es: 'Instituciones de justicia y seguridad sin recursos o ausentes',
    },
    description: {
      en: 'Courts, prosecutors, police or human rights bodies lack staff, resources or presence, or have collapsed.',
      es: 'Tribunales, fiscalías, policía u órganos de derechos humanos carecen de personal, recursos o presencia, o han colapsado.',
    },
    riskFactors: ['RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['3.2'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms('judiciary | courts | police | prosecutors | justice system | law enforcement | ombudsman'),
            terms(
              'lack resources | lacks resources | lack of resources | under resourced | understaffed | lack of capacity | dysfunctional | non functional | collapsed | absent | no presence | not functioning',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'poder judicial | tribunales | policia | fiscalia | fiscales | sistema de justicia | defensoria',
            ),
            terms(
              'falta de recursos | sin recursos | escasez de personal | falta de capacidad | disfuncional | no funciona | no funcionan | colapsad* | ausente | ausencia | sin presencia',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'lack-of-judicial-independence',
    name: { en: 'Lack of an independent judiciary', es: 'Falta de un poder judicial independiente' },
    description: {
      en: 'Judges are dismissed, purged or pressured, courts are packed, or the judiciary is under political control.',
      es: 'Jueces destituidos, purgados o presionados, tribunales copados, o un poder judicial bajo control político.',
    },
    riskFactors: ['RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['3.3'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms('judges | judiciary | judicial | courts | supreme court | constitutional court'),
            terms(
              'dismissed | purged | removed | packed | captured | interference | pressure on | lack of independence | not independent | politically controlled | subservient | intimidated',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'jueces | magistrad* | poder judicial | judicial | tribunales | corte suprema | tribunal supremo | corte constitucional | tribunal constitucional',
            ),
            terms(
              'destituid* | destituyeron | purga* | removid* | cooptad* | copad* | injerencia | presiones sobre | falta de independencia | sin independencia | controlad* politicamente | sometid* | intimidad*',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'security-forces-outside-civilian-control',
    name: {
      en: 'Security forces outside effective civilian control',
      es: 'Fuerzas de seguridad fuera del control civil efectivo',
    },
    description: {
      en: 'The military or security services act without civilian oversight, or try their own members in military courts.',
      es: 'Las fuerzas armadas o los servicios de seguridad actúan sin supervisión civil, o juzgan a sus miembros en tribunales militares.',
    },
    riskFactors: ['RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['3.4'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'no civilian control | lack of civilian control | outside civilian control | beyond civilian control | without civilian oversight | no civilian oversight | autonomous military | state within a state | military jurisdiction over',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'sin control civil | falta de control civil | fuera del control civil | sin supervision civil | autonomia militar | fuero militar | jurisdiccion penal militar | estado dentro del estado | tutela militar',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'pervasive-corruption',
    name: { en: 'Pervasive corruption and poor governance', es: 'Corrupción generalizada y mala gobernanza' },
    description: {
      en: 'Corruption, embezzlement or patronage is widespread, including in the security forces.',
      es: 'La corrupción, la malversación o el clientelismo están generalizados, también en las fuerzas de seguridad.',
    },
    riskFactors: ['RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['3.5'],
    weight: 0.2,
    rules: {
      en: [
        {
          all: [
            terms(
              'corruption | corrupt | embezzle* | bribery | bribes | kleptocra* | misappropriation | patronage | cronyism | state capture',
            ),
            terms(
              'widespread | endemic | rampant | systemic | pervasive | high level | officials | security forces | military | police',
            ),
          ],
          none: terms('anti corruption commission | anti corruption law'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'corrupcion | corrupt* | malversacion | sobornos | soborno | cleptocra* | clientelismo | desvio de fondos | captura del estado',
            ),
            terms(
              'generalizad* | endemic* | rampante | sistemic* | extendid* | alto nivel | funcionarios | fuerzas de seguridad | militares | policia',
            ),
          ],
          none: terms('comision anticorrupcion | ley anticorrupcion'),
        },
      ],
    },
  },
  {
    id: 'weakened-oversight-and-redress',
    name: {
      en: 'Weakened oversight and accountability mechanisms',
      es: 'Mecanismos de supervisión y rendición de cuentas debilitados',
    },
    description: {
      en: 'National human rights institutions, ombudsmen or complaint mechanisms are abolished, defunded or stripped of independence.',
      es: 'Instituciones nacionales de derechos humanos, defensorías o mecanismos de denuncia abolidos, desfinanciados o privados de independencia.',
    },
    riskFactors: ['RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['3.6'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'national human rights institution | ombudsman | human rights commission | oversight body | oversight bodies | inspector general | complaints mechanism',
            ),
            terms(
              'abolished | dissolved | weakened | defunded | suspended | stripped | lacks independence | curtailed | sidelined',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'institucion nacional de derechos humanos | defensoria del pueblo | defensor del pueblo | procuraduria | comision de derechos humanos | organismos de control | mecanismo de denuncia',
            ),
            terms(
              'abolid* | disuelt* | disolvio | debilit* | desfinanci* | suspendid* | despojad* | sin independencia | recort* | marginad*',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'forces-untrained-in-ihl',
    name: {
      en: 'Armed actors untrained in humanitarian and human rights law',
      es: 'Actores armados sin formación en derecho humanitario y derechos humanos',
    },
    description: {
      en: 'Forces or armed groups are poorly trained or unaware of international humanitarian law, human rights or rules of engagement.',
      es: 'Fuerzas o grupos armados mal formados o que desconocen el derecho internacional humanitario, los derechos humanos o las reglas de enfrentamiento.',
    },
    riskFactors: ['RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['3.7'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'no training | untrained | poorly trained | lack of training | not trained | little training | unaware of | ignorance of',
            ),
            terms(
              'international humanitarian law | humanitarian law | laws of war | human rights | rules of engagement | ihl',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'sin formacion | sin entrenamiento | mal entrenad* | falta de formacion | falta de capacitacion | desconocimiento | desconocen | escasa formacion',
            ),
            terms(
              'derecho internacional humanitario | derecho humanitario | leyes de la guerra | derechos humanos | reglas de enfrentamiento | dih',
            ),
          ],
        },
      ],
    },
  },
];
