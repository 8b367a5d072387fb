import type { Insertable, Updateable } from 'kysely';
import type { ThresholdRow, ThresholdsTable } from '../schema.ts';
import type { Executor } from './executor.ts';

export function listThresholds(db: Executor): Promise<ThresholdRow[]> {
  return db
    .selectFrom('thresholds')
    .selectAll()
    .orderBy('built_in', 'desc')
    .orderBy('created_at')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Enabled thresholds that apply to a country: its own and those for every country. */
export function enabledThresholdsFor(db: Executor, country: string): Promise<ThresholdRow[]> {
  return db
    .selectFrom('thresholds')
    .selectAll()
    .where('enabled', '=', true)
    .where((eb) => eb.or([eb('country', 'is', null), eb('country', '=', country)]))
    .orderBy('id')
    .execute();
}

export function findThreshold(db: Executor, id: string): Promise<ThresholdRow | undefined> {
  return db.selectFrom('thresholds').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertThreshold(db: Executor, row: Insertable<ThresholdsTable>): Promise<ThresholdRow> {
  return db.insertInto('thresholds').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateThreshold(
  db: Executor,
  id: string,
  changes: Updateable<ThresholdsTable>,
): Promise<ThresholdRow | undefined> {
  return db.updateTable('thresholds').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteThreshold(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('thresholds').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
