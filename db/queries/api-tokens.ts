import type { ApiTokenRow, Role } from '../schema.ts';
import type { Executor } from './executor.ts';

export function insertApiToken(
  db: Executor,
  token: { name: string; role: Role; tokenHash: string; createdBy: string },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_tokens')
    .values({ name: token.name, role: token.role, token_hash: token.tokenHash, created_by: token.createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A token that exists and is not revoked; revocation therefore takes effect on the very next request. */
export function findActiveTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export function listApiTokens(db: Executor): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute();
}

export function revokeApiToken(db: Executor, id: string, now: Date): Promise<ApiTokenRow | undefined> {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Recorded at most once a minute per token, so a busy script does not turn every read into a write. */
export async function markTokenUsed(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(now.getTime() - 60_000))]),
    )
    .execute();
}
