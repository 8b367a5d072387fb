import { z } from 'zod';
import { CRIME_CODES } from './crimes.ts';
import { citableFrameworkIndicators, RF_CODES } from './risk-factors.ts';
import { termProblem } from './term-syntax.ts';

/** A risk-factor code, `RF1` … `RF14`. */
export const RFCode = z.enum(RF_CODES);
export type RFCode = z.infer<typeof RFCode>;

/** A crime code: `genocide`, `crimes_against_humanity`, `war_crimes`. */
export const CrimeCode = z.enum(CRIME_CODES);
export type CrimeCode = z.infer<typeof CrimeCode>;

// Article, then optional paragraph number, sub-paragraph letter and item in lower-case roman numerals
// (1–39), as codes.md writes them: 6(a), 7(1)(g), 7(2)(a), 8(2)(b)(xxvi), 25(3)(e).
const PROVISION_PATTERN =
  /^(?:[1-9]\d?|1[01]\d|12[0-8])(?:\([1-9]\d?\))?\([a-z]\)(?:\((?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})\))?$/;

/** A Rome Statute provision in the canonical format of codes.md, e.g. `8(2)(b)(xxvi)`. */
export const ProvisionCode = z
  .string()
  .regex(PROVISION_PATTERN, 'provision must look like 6(a), 7(1)(g) or 8(2)(b)(xxvi) (codes.md)');
export type ProvisionCode = z.infer<typeof ProvisionCode>;

/** A numbered indicator of the Framework of Analysis, e.g. `7.9`. */
export const FrameworkRef = z
  .string()
  .regex(/^(?:[1-9]|1[0-4])\.[1-9]\d?$/, 'framework ref must look like 7.9');
export type FrameworkRef = z.infer<typeof FrameworkRef>;

/** A matching term: lower-case, accent-free tokens separated by single spaces; `*` ends a prefix token. */
export const Term = z.string().superRefine((term, ctx) => {
  const problem = termProblem(term);
  if (problem) ctx.addIssue({ code: 'custom', message: `term '${term}': ${problem}` });
});
export type Term = z.infer<typeof Term>;

/**
 * One matching rule, compiled by the scorer. It fires on a sentence when every group in `all` has at
 * least one of its terms there, one match per group with no two overlapping (with `window`, the starts of
 * the chosen matches lie within `window` tokens of each other), unless a term of `none` occurs in the
 * same sentence.
 */
export const Rule = z.strictObject({
  all: z.array(z.array(Term).min(1)).min(1),
  none: z.array(Term).min(1).optional(),
  window: z.number().int().min(1).max(100).optional(),
  /**
   * The chosen matches must lie in one clause: a long sentence is read clause by clause, cut at `;`, `:`, and
   * at words that open a new clause ("while", "mientras", ", and", ", y"), so that the actor of one act is not
   * joined to the victims of another.
   */
  clause: z.boolean().optional(),
});
export type Rule = z.infer<typeof Rule>;

const Text = z.string().refine((text) => text.trim().length > 0, 'text must not be empty');

/** Text in both languages of the dashboard. */
export const Bilingual = z.strictObject({ en: Text, es: Text });
export type Bilingual = z.infer<typeof Bilingual>;

const unique = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, 'entries must be unique');

// The article decides the crime a provision belongs to; 25(3)(e) is incitement to genocide.
const CRIME_OF_ARTICLE: Readonly<Record<string, CrimeCode>> = {
  '6': 'genocide',
  '7': 'crimes_against_humanity',
  '8': 'war_crimes',
  '25': 'genocide',
};

const SCOPE_OF_RISK_FACTOR: Readonly<Partial<Record<RFCode, CrimeCode>>> = {
  RF9: 'genocide',
  RF10: 'genocide',
  RF11: 'crimes_against_humanity',
  RF12: 'crimes_against_humanity',
  RF13: 'war_crimes',
  RF14: 'war_crimes',
};

/** One indicator of the catalog: what it signals, where the law and the Framework ground it, how to match it. */
export const Indicator = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
    name: Bilingual,
    description: Bilingual,
    riskFactors: unique(RFCode).min(1),
    crimes: unique(CrimeCode),
    legalBasis: unique(ProvisionCode),
    framework: unique(FrameworkRef),
    weight: z.number().gt(0).lte(1),
    rules: z.strictObject({ en: z.array(Rule).min(1), es: z.array(Rule).min(1) }),
    /**
     * Ids of more specific indicators that explain the same sentence better: when one of them fires on a
     * sentence, this one does not (a missile on a hospital is an attack on medical care, not also a generic
     * attack on civilians).
     */
    subsumedBy: unique(z.string()).optional(),
  })
  .superRefine((indicator, ctx) => {
    for (const [i, code] of indicator.legalBasis.entries()) {
      const crime = CRIME_OF_ARTICLE[code.slice(0, code.indexOf('('))];
      if (crime && !indicator.crimes.includes(crime)) {
        ctx.addIssue({ code: 'custom', path: ['legalBasis', i], message: `${code} needs crime '${crime}'` });
      }
    }
    for (const rf of indicator.riskFactors) {
      const crime = SCOPE_OF_RISK_FACTOR[rf];
      if (crime && !indicator.crimes.includes(crime)) {
        ctx.addIssue({ code: 'custom', path: ['riskFactors'], message: `${rf} is specific to '${crime}'` });
      }
    }
    for (const [i, ref] of indicator.framework.entries()) {
      const [factor = '', item = ''] = ref.split('.');
      const rf = `RF${factor}` as RFCode;
      if (!indicator.riskFactors.includes(rf)) {
        ctx.addIssue({ code: 'custom', path: ['framework', i], message: `${ref} needs risk factor ${rf}` });
      } else if (Number(item) > citableFrameworkIndicators[rf]) {
        ctx.addIssue({ code: 'custom', path: ['framework', i], message: `${ref} is not a citable number` });
      }
    }
    for (const lang of ['en', 'es'] as const) {
      for (const [r, rule] of indicator.rules[lang].entries()) {
        const seen = new Set<string>();
        for (const term of rule.all.flat()) {
          // A term in two groups (or twice in one) is a copy-paste slip: one word could satisfy two groups.
          if (seen.has(term)) {
            ctx.addIssue({ code: 'custom', path: ['rules', lang, r], message: `term '${term}' is repeated` });
          }
          seen.add(term);
        }
      }
    }
  });
export type Indicator = z.infer<typeof Indicator>;

/** The whole catalog; ids are unique across all files. */
export const Catalog = z.strictObject({ indicators: z.array(Indicator) }).superRefine((catalog, ctx) => {
  const seen = new Set<string>();
  for (const [i, indicator] of catalog.indicators.entries()) {
    if (seen.has(indicator.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['indicators', i, 'id'],
        message: `duplicate id '${indicator.id}'`,
      });
    }
    seen.add(indicator.id);
  }
  for (const [i, indicator] of catalog.indicators.entries()) {
    for (const id of indicator.subsumedBy ?? []) {
      if (!seen.has(id) || id === indicator.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'subsumedBy'],
          message: `'${id}' is not another indicator of the catalog`,
        });
      }
    }
  }
});
export type Catalog = z.infer<typeof Catalog>;

/** Raised when catalog data is invalid; the message names each bad indicator and what is wrong. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}

/** Validates catalog data, throwing a CatalogError that names the offending indicators by id. */
export function parseCatalog(input: unknown): Catalog {
  const result = Catalog.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const [, index, ...rest] = issue.path;
    const where = typeof index === 'number' ? `indicator '${indicatorId(input, index)}'` : 'catalog';
    const field = rest.length > 0 ? ` at ${rest.join('.')}` : '';
    return `- ${where}${field}: ${issue.message}`;
  });
  throw new CatalogError(`Invalid indicator catalog:\n${lines.join('\n')}`);
}

function indicatorId(input: unknown, index: number): string {
  const indicators = (input as { indicators?: unknown })?.indicators;
  const item = Array.isArray(indicators) ? (indicators[index] as { id?: unknown }) : undefined;
  return typeof item?.id === 'string' ? item.id : `#${index}`;
}
