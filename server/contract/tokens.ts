import { z } from '@hono/zod-openapi';
import { Role, SafeString } from './common.ts';

export const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: Role,
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('ApiToken');
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenList = z.object({ items: z.array(ApiToken) }).openapi('ApiTokenList');

export const CreateTokenRequest = z
  .strictObject({ name: SafeString.pipe(z.string().trim().min(1).max(120)), role: Role })
  .openapi('CreateTokenRequest');

export const CreatedToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: Role,
    token: z.string().openapi({ description: 'Shown once: only its hash is stored.' }),
  })
  .openapi('CreatedToken');
