import { z } from '@hono/zod-openapi';

export const Job = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.record(z.string(), z.unknown()),
    error: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .openapi('Job');

export const JobIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
