import type { CrimeCode } from './crimes.ts';

/**
 * Risk factors of the UN Framework of Analysis for Atrocity Crimes (2014). Names follow codes.md in English
 * and the wording of the UN Spanish edition ("Marco de Análisis para Crímenes Atroces") in Spanish.
 */

export const RF_CODES = [
  'RF1',
  'RF2',
  'RF3',
  'RF4',
  'RF5',
  'RF6',
  'RF7',
  'RF8',
  'RF9',
  'RF10',
  'RF11',
  'RF12',
  'RF13',
  'RF14',
] as const;

/** Canonical risk-factor code (`RF1` … `RF14`). */
export type RFCode = (typeof RF_CODES)[number];

/** `common` factors apply to all three crimes; the specific ones to a single crime. */
export type RiskFactorScope = 'common' | CrimeCode;

/** A risk factor of the Framework with its bilingual name and scope. */
export interface RiskFactor {
  code: RFCode;
  name: { en: string; es: string };
  scope: RiskFactorScope;
}

export const riskFactors: readonly RiskFactor[] = [
  {
    code: 'RF1',
    name: {
      en: 'Situations of armed conflict or other forms of instability',
      es: 'Situaciones de conflicto armado u otras formas de inestabilidad',
    },
    scope: 'common',
  },
  {
    code: 'RF2',
    name: {
      en: 'Record of serious violations of international human rights and humanitarian law',
      es: 'Antecedentes de violaciones graves del derecho internacional de los derechos humanos y del derecho internacional humanitario',
    },
    scope: 'common',
  },
  {
    code: 'RF3',
    name: { en: 'Weakness of State structures', es: 'Debilidad de las estructuras del Estado' },
    scope: 'common',
  },
  { code: 'RF4', name: { en: 'Motives or incentives', es: 'Motivos o incentivos' }, scope: 'common' },
  {
    code: 'RF5',
    name: { en: 'Capacity to commit atrocity crimes', es: 'Capacidad para cometer crímenes atroces' },
    scope: 'common',
  },
  {
    code: 'RF6',
    name: { en: 'Absence of mitigating factors', es: 'Ausencia de factores atenuantes' },
    scope: 'common',
  },
  {
    code: 'RF7',
    name: {
      en: 'Enabling circumstances or preparatory action',
      es: 'Circunstancias propicias o acciones preparatorias',
    },
    scope: 'common',
  },
  { code: 'RF8', name: { en: 'Triggering factors', es: 'Factores desencadenantes' }, scope: 'common' },
  {
    code: 'RF9',
    name: {
      en: 'Intergroup tensions or patterns of discrimination against protected groups',
      es: 'Tensiones intergrupales o patrones de discriminación contra grupos protegidos',
    },
    scope: 'genocide',
  },
  {
    code: 'RF10',
    name: {
      en: 'Signs of an intent to destroy in whole or in part a protected group',
      es: 'Indicios de la intención de destruir total o parcialmente a un grupo protegido',
    },
    scope: 'genocide',
  },
  {
    code: 'RF11',
    name: {
      en: 'Signs of a widespread or systematic attack against any civilian population',
      es: 'Indicios de un ataque generalizado o sistemático contra cualquier población civil',
    },
    scope: 'crimes_against_humanity',
  },
  {
    code: 'RF12',
    name: {
      en: 'Signs of a plan or policy to attack any civilian population',
      es: 'Indicios de un plan o política de ataque contra cualquier población civil',
    },
    scope: 'crimes_against_humanity',
  },
  {
    code: 'RF13',
    name: {
      en: 'Serious threats to those protected under international humanitarian law',
      es: 'Amenazas graves contra las personas protegidas por el derecho internacional humanitario',
    },
    scope: 'war_crimes',
  },
  {
    code: 'RF14',
    name: {
      en: 'Serious threats to humanitarian or peacekeeping operations',
      es: 'Amenazas graves contra las operaciones humanitarias o de mantenimiento de la paz',
    },
    scope: 'war_crimes',
  },
];

/**
 * How many numbered Framework indicators each risk factor has that the project may cite (`7.9`, `13.10`).
 * Only numbers checked against a copy or recalled with confidence (marks V, V~, R in the research outline)
 * count. RF11, RF12 and RF14 have 0: only their themes are known (R?), and inventing numbers would
 * put false citations in front of analysts; indicators on those themes cite `framework: []`.
 */
export const citableFrameworkIndicators: Readonly<Record<RFCode, number>> = {
  RF1: 11,
  RF2: 8,
  RF3: 10,
  RF4: 9,
  RF5: 8,
  RF6: 12,
  RF7: 14,
  RF8: 12,
  RF9: 6,
  RF10: 5,
  RF11: 0,
  RF12: 0,
  RF13: 10,
  RF14: 0,
};
