import type { Kysely } from 'kysely';
import { insertApiToken, listApiTokens, revokeApiToken } from '../../db/queries/api-tokens.ts';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import type { ApiTokenRow, Database, Role } from '../../db/schema.ts';
import type { ApiToken } from '../contract/tokens.ts';
import { notFound } from '../errors.ts';
import type { Actor } from './principal.ts';
import { randomSecret, sha256 } from './secrets.ts';

const toApiToken = (row: ApiTokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/** The `aty_` prefix lets secret scanners recognise a leaked Atalaya token. */
export const TOKEN_PREFIX = 'aty_';

export function createTokensService(deps: { db: Kysely<Database>; now: () => Date }) {
  return {
    async list(): Promise<ApiToken[]> {
      return (await listApiTokens(deps.db)).map(toApiToken);
    },

    /** `token` may be given (the bootstrap token); otherwise a random one is made. Returned once, never stored. */
    async create(actor: Actor, input: { name: string; role: Role; token?: string }) {
      const token = input.token ?? randomSecret(TOKEN_PREFIX);
      const row = await deps.db.transaction().execute(async (trx) => {
        const created = await insertApiToken(trx, {
          name: input.name,
          role: input.role,
          tokenHash: sha256(token),
          createdBy: actor.username,
        });
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'token.create',
          targetType: 'token',
          targetId: created.id,
          details: { name: created.name, role: created.role },
          requestId: actor.requestId,
        });
        return created;
      });
      return { id: row.id, name: row.name, role: row.role, token };
    },

    async revoke(actor: Actor, id: string): Promise<void> {
      await deps.db.transaction().execute(async (trx) => {
        const row = await revokeApiToken(trx, id, deps.now());
        if (!row) throw notFound('Active token');
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'token.revoke',
          targetType: 'token',
          targetId: id,
          details: { name: row.name },
          requestId: actor.requestId,
        });
      });
    },
  };
}

export type TokensService = ReturnType<typeof createTokensService>;
