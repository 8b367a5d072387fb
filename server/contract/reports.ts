import { z } from '@hono/zod-openapi';
import { isCountryCode } from '../../indicators/countries.ts';
import { CRIME_CODES } from '../../indicators/crimes.ts';
import { RF_CODES } from '../../indicators/risk-factors.ts';
import { IsoDate, Limit, SafeString, SafeUrl } from './common.ts';
import { Hit, LanguageTag } from './scoring.ts';

export const CountryCode = z
  .string()
  .transform((s) => s.toUpperCase())
  .refine(isCountryCode, 'must be an ISO 3166-1 alpha-3 country code, such as SDN or COL')
  .openapi({ type: 'string', example: 'COL' });

export const Reliability = z
  .string()
  .regex(/^[A-F][1-6]$/, 'must be an Admiralty grade: source A–F and information 1–6, such as B2')
  .openapi({ example: 'B2' });

export const ReportInput = z
  .strictObject({
    country: CountryCode,
    date: IsoDate,
    text: SafeString.pipe(z.string().trim().min(1, 'must not be empty')),
    title: SafeString.pipe(z.string().trim().max(500)).optional(),
    lang: LanguageTag.optional(),
    period: z
      .strictObject({ from: IsoDate, to: IsoDate })
      .refine((p) => p.from <= p.to, { message: 'from must not be after to', path: ['to'] })
      .optional(),
    source: z
      .strictObject({
        name: SafeString.pipe(z.string().trim().min(1).max(300)),
        url: SafeUrl(2000).optional(),
        reliability: Reliability.optional(),
      })
      .optional(),
    tags: z
      .array(SafeString.pipe(z.string().trim().min(1).max(60)))
      .max(30)
      .optional(),
    externalId: SafeString.pipe(z.string().trim().min(1).max(200)).optional(),
  })
  .openapi('ReportInput');
export type ReportInput = z.infer<typeof ReportInput>;

export const IngestResult = z
  .object({
    id: z.uuid(),
    country: z.string(),
    date: z.string(),
    lang: z.string(),
    scored: z.boolean(),
    score: z.number(),
    duplicate: z.boolean(),
    hits: z.array(Hit),
  })
  .openapi('IngestResult');

const Source = z.object({ name: z.string(), url: z.string().nullable(), reliability: z.string() }).nullable();

export const ReportSummary = z
  .object({
    id: z.uuid(),
    externalId: z.string().nullable(),
    country: z.string(),
    date: z.string(),
    period: z.object({ from: z.string(), to: z.string() }).nullable(),
    title: z.string().nullable(),
    excerpt: z.string().nullable().openapi({
      description: 'The first 200 characters of the text when the report has no title (to name it in a list)',
    }),
    lang: z.string(),
    scored: z.boolean(),
    score: z.number(),
    riskFactors: z.record(z.string(), z.number()),
    crimes: z.record(z.string(), z.number()),
    source: Source,
    tags: z.array(z.string()),
    hitCount: z.number().int(),
    catalogVersion: z.string(),
    synthetic: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .openapi('ReportSummary');

export const ReportList = z
  .object({ items: z.array(ReportSummary), nextCursor: z.string().nullable() })
  .openapi('ReportList');

export const HitReview = z
  .object({
    decision: z.enum(['confirmed', 'rejected']),
    note: z.string().nullable(),
    by: z.string(),
    at: z.iso.datetime(),
  })
  .openapi('HitReview');

/** A hit as stored: with its id (to review it) and an analyst's review, if any. */
export const StoredHit = Hit.extend({
  id: z.string().openapi({ description: 'The hit id, for reviews' }),
  review: HitReview.nullable().openapi({
    description: 'A rejected hit adds nothing to its report; a confirmed one is a human check',
  }),
}).openapi('StoredHit');

export const ReportDetail = ReportSummary.extend({ text: z.string(), hits: z.array(StoredHit) }).openapi(
  'Report',
);

export const HitIdParam = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,17}$/, 'must be a hit id')
    .openapi({ param: { name: 'id', in: 'path' }, example: '42' }),
});

export const ReviewInput = z
  .strictObject({
    decision: z.enum(['confirmed', 'rejected']),
    note: SafeString.pipe(z.string().trim().max(2000)).optional(),
  })
  .openapi('ReviewInput');

export const ReviewResult = z
  .object({
    hit: StoredHit,
    report: z.object({
      id: z.uuid(),
      score: z.number(),
      riskFactors: z.record(z.string(), z.number()),
      crimes: z.record(z.string(), z.number()),
    }),
  })
  .openapi('ReviewResult');

export const ReportListQuery = z.strictObject({
  country: CountryCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: SafeString.pipe(z.string().trim().min(1).max(200)).optional(),
  lang: LanguageTag.optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  riskFactor: z.enum(RF_CODES).optional(),
  crime: z.enum(CRIME_CODES).optional(),
  limit: Limit(200, 50),
  cursor: z.string().max(200).optional(),
});

export const ReportIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
