import { z } from '@hono/zod-openapi';
import { Limit } from './common.ts';

export const AuditEntry = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    actor: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({ items: z.array(AuditEntry) }).openapi('AuditList');

export const AuditQuery = z.strictObject({ limit: Limit(1000, 100) });
