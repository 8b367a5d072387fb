import { z } from '@hono/zod-openapi';
import { isCountryCode } from '../../indicators/countries.ts';
import { IsoDate, Limit, SafeString } from './common.ts';
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
        url: z
          .url({ protocol: /^https?$/ })
          .max(2000)
          .optional(),
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

export const ReportDetail = ReportSummary.extend({ text: z.string(), hits: z.array(Hit) }).openapi('Report');

export const ReportListQuery = z.strictObject({
  country: CountryCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: SafeString.pipe(z.string().trim().min(1).max(200)).optional(),
  limit: Limit(200, 50),
  cursor: z.string().max(200).optional(),
});

export const ReportIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
