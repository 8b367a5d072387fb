import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/errors.ts';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import { deleteSessionsOfUser } from '../../db/queries/sessions.ts';
import { insertUser, listUsers, updateUserPassword, updateUserRole } from '../../db/queries/users.ts';
import type { Database, Role, UserRow } from '../../db/schema.ts';
import type { User } from '../contract/users.ts';
import { AppError, notFound } from '../errors.ts';
import type { PasswordHasher } from './password-hasher.ts';
import type { Actor } from './principal.ts';

const toUser = (row: UserRow): User => ({
  username: row.username,
  role: row.role,
  createdAt: row.created_at.toISOString(),
});

export function createUsersService(deps: { db: Kysely<Database>; passwords: PasswordHasher }) {
  return {
    async list(): Promise<User[]> {
      return (await listUsers(deps.db)).map(toUser);
    },

    async create(actor: Actor, input: { username: string; password: string; role: Role }): Promise<User> {
      // Hash outside the transaction: it is slow, and PGlite has a single connection.
      const passwordHash = await deps.passwords.hash(input.password);
      try {
        return await deps.db.transaction().execute(async (trx) => {
          const row = await insertUser(trx, {
            username: input.username,
            password_hash: passwordHash,
            role: input.role,
          });
          await insertAuditEntry(trx, {
            actor: actor.username,
            action: 'user.create',
            targetType: 'user',
            targetId: row.username,
            details: { role: row.role },
            requestId: actor.requestId,
          });
          return toUser(row);
        });
      } catch (err) {
        if (isUniqueViolation(err)) {
          throw new AppError('conflict', `User ${input.username} already exists`, {
            details: [{ path: 'username', message: 'already taken' }],
          });
        }
        throw err;
      }
    },

    /**
     * A new generated password for `username` (`npm run cli -- reset-password`): how users restored from a backup,
     * which carries no password hashes, sign in again. The password is returned once, to be handed over; the
     * user's sessions end. Audited.
     */
    async resetPassword(actor: Actor, username: string): Promise<{ username: string; password: string }> {
      const password = randomBytes(18).toString('base64url');
      const passwordHash = await deps.passwords.hash(password);
      return deps.db.transaction().execute(async (trx) => {
        const row = await updateUserPassword(trx, username, passwordHash);
        if (!row) throw notFound(`User ${username}`);
        await deleteSessionsOfUser(trx, row.id);
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'user.password_reset',
          targetType: 'user',
          targetId: username,
          requestId: actor.requestId,
        });
        return { username, password };
      });
    },

    async changeRole(actor: Actor, username: string, role: Role): Promise<User> {
      if (username === actor.username && role !== 'admin') {
        throw new AppError('conflict', 'Admins cannot lower their own role', {
          details: [{ path: 'role', message: 'ask another admin to change your role' }],
        });
      }
      return deps.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('users')
          .select('role')
          .where('username', '=', username)
          .executeTakeFirst();
        const row = await updateUserRole(trx, username, role);
        if (!row || !before) throw notFound(`User ${username}`);
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'user.role_change',
          targetType: 'user',
          targetId: username,
          details: { from: before.role, to: role },
          requestId: actor.requestId,
        });
        return toUser(row);
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
