import type { StructuralRiskRow } from '../schema.ts';
import type { Executor } from './executor.ts';

export async function replaceStructuralRisk(
  db: Executor,
  source: string,
  rows: Array<Omit<StructuralRiskRow, 'imported_at' | 'source'>>,
): Promise<void> {
  await db.deleteFrom('structural_risk').where('source', '=', source).execute();
  if (rows.length)
    await db
      .insertInto('structural_risk')
      .values(rows.map((r) => ({ ...r, source })))
      .execute();
}

export function listStructuralRisk(db: Executor, source: string): Promise<StructuralRiskRow[]> {
  return db.selectFrom('structural_risk').selectAll().where('source', '=', source).execute();
}
