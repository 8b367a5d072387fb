import type { ProtectedNameRow } from '../schema.ts';
import type { Executor } from './executor.ts';

/** Every marked name, oldest first. */
export function listProtectedNames(db: Executor): Promise<ProtectedNameRow[]> {
  return db.selectFrom('protected_names').selectAll().orderBy('created_at').orderBy('id').execute();
}

/** Inserts a name; answers undefined when the same folded name is already marked (nothing is changed). */
export function insertProtectedName(
  db: Executor,
  values: { name: string; folded: string; note: string | null; created_by: string },
): Promise<ProtectedNameRow | undefined> {
  return db
    .insertInto('protected_names')
    .values(values)
    .onConflict((oc) => oc.column('folded').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function deleteProtectedName(db: Executor, id: string): Promise<ProtectedNameRow | undefined> {
  return db.deleteFrom('protected_names').where('id', '=', id).returningAll().executeTakeFirst();
}
