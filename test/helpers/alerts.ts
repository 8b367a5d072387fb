import type { AlertStatus } from '../../db/schema.ts';
import type { TestApp } from './test-app.ts';

let n = 0;

/**
 * An alert stored directly, for tests of the workflow rather than of the engine. It has no threshold (as
 * after its threshold was deleted), so any number of them can be unresolved at once.
 */
export async function anAlert(t: TestApp, overrides: { status?: AlertStatus; country?: string } = {}) {
  const row = await t.database.db
    .insertInto('alerts')
    .values({
      threshold_id: null,
      threshold_name: `Sample threshold ${++n}`,
      country: overrides.country ?? 'SDN',
      metric: 'score',
      kind: 'level',
      threshold_value: 40,
      value: 44.5,
      change: 12.1,
      latest_value: 44.5,
      triggered_at: '2026-03-01',
      holding: true,
      cleared_at: null,
      status: overrides.status ?? 'open',
      assignee: null,
      risk_factors: ['RF11', 'RF13'],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
