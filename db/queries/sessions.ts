import type { Role } from '../schema.ts';
import type { Executor } from './executor.ts';

export interface SessionWithUser {
  userId: string;
  username: string;
  role: Role;
  csrfToken: string;
  expiresAt: Date;
}

export async function insertSession(
  db: Executor,
  session: { idHash: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      last_seen_at: new Date(),
    })
    .execute();
}

/** The live session and its user's *current* role, so role changes take effect on the next request. */
export async function findLiveSession(
  db: Executor,
  idHash: string,
  now: Date,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id as userId',
      'users.username',
      'users.role',
      'sessions.csrf_token as csrfToken',
      'sessions.expires_at as expiresAt',
    ])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row;
}

/** Sliding expiry: extends the session, at most once a minute to keep reads cheap. */
export async function touchSession(db: Executor, idHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
    .where('last_seen_at', '<', new Date(now.getTime() - 60_000))
    .execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
