import type { NewUserRow, Role, UserRow } from '../schema.ts';
import type { Executor } from './executor.ts';

export function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function listUsers(db: Executor): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('username').execute();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertUser(db: Executor, user: Omit<NewUserRow, 'updated_at'>): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({ ...user, updated_at: new Date() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateUserRole(db: Executor, username: string, role: Role): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ role, updated_at: new Date() })
    .where('username', '=', username)
    .returningAll()
    .executeTakeFirst();
}

export function updateUserPassword(
  db: Executor,
  username: string,
  passwordHash: string,
): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('username', '=', username)
    .returningAll()
    .executeTakeFirst();
}
