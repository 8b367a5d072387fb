import { z } from '@hono/zod-openapi';
import { CRIME_CODES } from '../../indicators/crimes.ts';
import { RF_CODES } from '../../indicators/risk-factors.ts';
import { IsoDate } from './common.ts';
import { CountryCode, StoredHit } from './reports.ts';

const Level = z.enum(['low', 'moderate', 'high', 'very_high']);

export const RankingQuery = z.strictObject({ asOf: IsoDate.optional() });

export const RankingItem = z
  .object({
    iso3: z.string(),
    name: z.object({ en: z.string(), es: z.string() }),
    region: z
      .enum(['africa', 'americas', 'asia', 'europe', 'oceania', 'antarctic'])
      .nullable()
      .openapi({ description: 'UN geoscheme region, for filtering' }),
    score: z.number(),
    level: Level,
    change30d: z.number(),
    reports: z.number().int(),
    topRiskFactors: z.array(z.enum(RF_CODES)),
    crimes: z
      .record(z.enum(CRIME_CODES), z.number())
      .openapi({ description: 'Each crime category in [0, 1] as of the day' }),
    lastReportDate: z.string(),
    structuralRisk: z
      .object({
        source: z.string(),
        risk: z.number().openapi({ description: 'Probability of a new onset of mass killing in the window' }),
        rank: z.number().int().nullable(),
        forecastWindow: z.string(),
        baseYear: z.number().int(),
      })
      .nullable()
      .openapi({ description: "The Early Warning Project's statistical forecast, when imported" }),
    synthetic: z.boolean().openapi({ description: 'True when the figures rest on synthetic demo reports' }),
  })
  .openapi('CountryRanking');

export const Ranking = z.object({ asOf: z.string(), items: z.array(RankingItem) }).openapi('Ranking');

export const SparklinesQuery = z.strictObject({
  asOf: IsoDate.optional(),
  months: z.coerce.number().int().min(2).max(36).default(12),
});

export const Sparklines = z
  .object({
    asOf: z.string(),
    dates: z.array(z.string()).openapi({ description: 'Month ends, oldest first; the last one is asOf' }),
    items: z.array(
      z.object({
        iso3: z.string(),
        scores: z.array(z.number()).openapi({ description: 'The score on each of `dates`' }),
      }),
    ),
  })
  .openapi('Sparklines');

export const SeriesQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  interval: z.enum(['day', 'week', 'month']).default('day'),
});

export const Iso3Param = z.object({ iso3: CountryCode.openapi({ param: { name: 'iso3', in: 'path' } }) });

export const SeriesPoint = z
  .object({
    date: z.string(),
    score: z.number(),
    riskFactors: z.record(z.enum(RF_CODES), z.number()),
    crimes: z.record(z.enum(CRIME_CODES), z.number()),
    reports: z.number().int(),
  })
  .openapi('RiskPoint');

export const Series = z
  .object({
    iso3: z.string(),
    interval: z.enum(['day', 'week', 'month']),
    halfLifeDays: z.number(),
    series: z.array(SeriesPoint),
  })
  .openapi('RiskSeries');

export const EvidenceQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const EvidenceList = z
  .object({
    iso3: z.string(),
    from: z.string(),
    to: z.string(),
    items: z.array(
      StoredHit.extend({
        reportId: z.uuid(),
        date: z.string(),
        title: z.string().nullable(),
        source: z
          .object({ name: z.string(), url: z.string().nullable(), reliability: z.string() })
          .nullable(),
        synthetic: z.boolean(),
        contribution: z.number(),
      }),
    ),
  })
  .openapi('Evidence');
