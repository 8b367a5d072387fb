import type { Kysely } from 'kysely';
import { findActiveTokenByHash, markTokenUsed } from '../../db/queries/api-tokens.ts';
import { clearRateLimit, hitRateLimit } from '../../db/queries/rate-limits.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  insertSession,
  touchSession,
} from '../../db/queries/sessions.ts';
import { findUserByUsername } from '../../db/queries/users.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import type { PasswordHasher } from './password-hasher.ts';
import type { Principal } from './principal.ts';
import { randomSecret, sha256 } from './secrets.ts';

export interface AuthServiceDeps {
  db: Kysely<Database>;
  passwords: PasswordHasher;
  now: () => Date;
  sessionHours: number;
  /** Login attempts allowed per window, per username and per client address. */
  loginLimit?: { perUser: number; perClient: number; windowMs: number };
}

export interface LoginResult {
  sessionId: string;
  csrfToken: string;
  user: { username: string; role: Principal['role'] };
  expiresAt: Date;
}

export function createAuthService(deps: AuthServiceDeps) {
  const limit = deps.loginLimit ?? { perUser: 10, perClient: 30, windowMs: 15 * 60_000 };
  const sessionMs = deps.sessionHours * 3_600_000;

  async function enforceLoginLimit(username: string, client: string): Promise<void> {
    const now = deps.now();
    const userHits = await hitRateLimit(deps.db, `login:user:${username.toLowerCase()}`, limit.windowMs, now);
    const clientHits = await hitRateLimit(deps.db, `login:client:${client}`, limit.windowMs, now);
    if (userHits > limit.perUser || clientHits > limit.perClient) {
      const retryAfter = Math.ceil((limit.windowMs - (now.getTime() % limit.windowMs)) / 1000);
      throw new AppError('rate_limited', 'Too many login attempts. Try again later.', {
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }

  return {
    /** Verifies credentials and opens a fresh session (a new id every login: no session fixation). */
    async login(username: string, password: string, client: string): Promise<LoginResult> {
      await enforceLoginLimit(username, client);
      const user = await findUserByUsername(deps.db, username);
      if (!user) {
        await deps.passwords.verifyDummy(password);
        throw new AppError('unauthorized', 'Wrong username or password.');
      }
      if (!(await deps.passwords.verify(password, user.password_hash))) {
        throw new AppError('unauthorized', 'Wrong username or password.');
      }
      await clearRateLimit(deps.db, `login:user:${username.toLowerCase()}`);
      const sessionId = randomSecret();
      const csrfToken = randomSecret();
      const expiresAt = new Date(deps.now().getTime() + sessionMs);
      await insertSession(deps.db, { idHash: sha256(sessionId), userId: user.id, csrfToken, expiresAt });
      return { sessionId, csrfToken, user: { username: user.username, role: user.role }, expiresAt };
    },

    async logout(sessionIdHash: string): Promise<void> {
      await deleteSession(deps.db, sessionIdHash);
    },

    /** Looked up on every request, so logout, expiry and role changes take effect at once. */
    async principalFromSession(sessionId: string): Promise<Principal | undefined> {
      const idHash = sha256(sessionId);
      const now = deps.now();
      const session = await findLiveSession(deps.db, idHash, now);
      if (!session) return undefined;
      await touchSession(deps.db, idHash, now, new Date(now.getTime() + sessionMs));
      return {
        kind: 'session',
        username: session.username,
        role: session.role,
        csrfToken: session.csrfToken,
        sessionIdHash: idHash,
      };
    },

    async principalFromToken(token: string): Promise<Principal | undefined> {
      const row = await findActiveTokenByHash(deps.db, sha256(token));
      if (!row) return undefined;
      await markTokenUsed(deps.db, row.id, deps.now());
      return { kind: 'token', username: `token:${row.name}`, role: row.role, tokenId: row.id };
    },

    purgeExpiredSessions: () => deleteExpiredSessions(deps.db, deps.now()),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
