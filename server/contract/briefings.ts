import { z } from '@hono/zod-openapi';
import { IsoDate, SafeString } from './common.ts';

export const BriefingFormat = z.enum(['pdf', 'html', 'md', 'sms']);
export type BriefingFormat = z.infer<typeof BriefingFormat>;

export const BriefingQuery = z.strictObject({
  lang: z.enum(['en', 'es']).default('en'),
  format: BriefingFormat.default('pdf').openapi({
    description:
      'pdf (A4), html (one printable file), md (Markdown), sms (plain text, at most 480 characters)',
  }),
  variant: z
    .enum(['full', 'handout'])
    .default('full')
    .openapi({ description: 'handout: a one-page summary' }),
  from: IsoDate.optional().openapi({ description: 'Default: one year before `to`' }),
  to: IsoDate.optional().openapi({ description: 'Default: today' }),
  redactSources: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .openapi({
      type: 'string',
      description:
        'Remove source names, links and the protected names of witnesses and monitors (default true)',
    }),
  disposition: z
    .enum(['attachment', 'inline'])
    .default('attachment')
    .openapi({ description: 'inline: to show the HTML in the app’s preview instead of downloading it' }),
});
export type BriefingQuery = z.infer<typeof BriefingQuery>;

export const ProtectedNameInput = z
  .strictObject({
    name: SafeString.pipe(z.string().trim().min(2).max(200)),
    note: SafeString.pipe(z.string().trim().max(500)).optional(),
  })
  .openapi('ProtectedNameInput');

export const ProtectedName = z
  .object({
    id: z.uuid(),
    name: z.string(),
    note: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('ProtectedName');
export type ProtectedName = z.infer<typeof ProtectedName>;

export const ProtectedNameList = z.object({ items: z.array(ProtectedName) }).openapi('ProtectedNames');
