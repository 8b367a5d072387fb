import { z } from '@hono/zod-openapi';
import { CRIME_CODES } from '../../indicators/crimes.ts';
import { RF_CODES } from '../../indicators/risk-factors.ts';
import { SafeString } from './common.ts';

const Bilingual = z.object({ en: z.string(), es: z.string() });
const RiskFactorCode = z.enum(RF_CODES);
const CrimeCode = z.enum(CRIME_CODES);
const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'a BCP 47 primary language tag such as en or es')
  .openapi({ example: 'es' });

export const IndicatorSummary = z
  .object({
    id: z.string(),
    name: Bilingual,
    description: Bilingual,
    riskFactors: z.array(RiskFactorCode),
    crimes: z.array(CrimeCode),
    legalBasis: z.array(z.string()),
    framework: z.array(z.string()),
    weight: z.number(),
  })
  .openapi('Indicator');

export const CatalogResponse = z
  .object({
    version: z.string(),
    riskFactors: z.array(z.object({ code: RiskFactorCode, name: Bilingual })),
    crimes: z.array(z.object({ code: CrimeCode, name: Bilingual })),
    indicators: z.array(IndicatorSummary),
  })
  .openapi('Catalog');

export const ScoreRequest = z
  .strictObject({
    text: SafeString.pipe(z.string().min(1, 'must not be empty')),
    lang: LanguageTag.optional(),
    date: z.iso.date().optional().openapi({
      description: "The report's date: events the text dates to earlier years count as history.",
    }),
  })
  .openapi('ScoreRequest');

export const Hit = z
  .object({
    indicatorId: z.string(),
    riskFactors: z.array(RiskFactorCode),
    crimes: z.array(CrimeCode),
    legalBasis: z.array(z.string()),
    evidence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
    negated: z.boolean(),
    weight: z.number(),
    context: z.enum(['current', 'historical', 'fiction']),
    matches: z.array(Span),
    magnitude: z.number().nullable(),
    groups: z.array(
      Span.extend({ text: z.string(), kind: z.enum(['national', 'ethnic', 'racial', 'religious']) }),
    ),
  })
  .openapi('Hit');

export const ScoreResponse = z
  .object({
    lang: z.string(),
    scored: z.boolean(),
    notice: z.string().optional(),
    catalogVersion: z.string(),
    hits: z.array(Hit),
    riskFactors: z.record(RiskFactorCode, z.number()),
    crimes: z.record(CrimeCode, z.number()),
    score: z.number(),
  })
  .openapi('ScoreResult');
