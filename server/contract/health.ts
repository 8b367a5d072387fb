import { z } from '@hono/zod-openapi';

export const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
  })
  .openapi('Health');
export type Health = z.infer<typeof Health>;
