import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let n = 0;
// Mass killings of an ethnic group by an armed party: one such report alone takes a country past "high".
const atrocity = () =>
  `Militias killed at least ${40 + ++n} Masalit civilians in El Geneina and burned the village; ` +
  'survivors said the attackers shouted that no Masalit would be left alive. ' +
  'Women and girls were raped by the fighters and hundreds of families fled to Chad.';

/**
 * Issue 8, reliability of the alert worker: evaluating a country from scratch whose condition held, stopped and
 * holds again (two runs in the horizon), and a country whose evaluation fails, must not stop the queue.
 */
describe('the alert engine draining its queue', () => {
  let t: TestApp;
  const clock = new Date('2026-03-01T12:00:00Z');

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock });
  });
  afterAll(() => t.close());

  const ingest = (country: string, date: string) =>
    t.services.reports.ingest(
      { username: 'test' },
      { country, date, text: atrocity(), source: { name: 'UN', reliability: 'A1' } },
    );
  const unresolved = (country: string) =>
    t.database.db
      .selectFrom('alerts')
      .select(['threshold_name', 'holding', 'triggered_at'])
      .where('country', '=', country)
      .where('status', '<>', 'resolved')
      .execute();
  const queued = async () =>
    (await t.database.db.selectFrom('alert_queue').select('country').execute()).map((q) => q.country.trim());

  it('keeps one alert per threshold when a condition held twice before the first evaluation', async () => {
    // Fifty days apart: the first spike fades out of "high" and out of the rise window before the second.
    await ingest('KEN', '2026-01-05');
    await ingest('KEN', '2026-02-24');
    expect(await t.services.engine.drain()).toBe(1);
    const alerts = await unresolved('KEN');
    const high = alerts.filter((a) => a.threshold_name === 'Score reaches high');
    expect(high).toHaveLength(1);
    // The alert of the first run holds again with the second.
    expect(high[0]).toMatchObject({ holding: true, triggered_at: '2026-01-05' });
    expect(alerts.filter((a) => a.threshold_name === 'Score rises 15 points in 30 days')).toHaveLength(1);
  });

  it('evaluates the other countries when one fails, and retries the failed one when asked again', async () => {
    // A fault in the database itself, for one country only: its alerts cannot be written.
    await sql`
      create function refuse_uga_alerts() returns trigger language plpgsql as $$
      begin
        if new.country = 'UGA' then raise exception 'refused for the test'; end if;
        return new;
      end $$`.execute(t.database.db);
    await sql`create trigger refuse_uga before insert on alerts for each row execute function refuse_uga_alerts()`.execute(
      t.database.db,
    );
    await ingest('UGA', '2026-02-27');
    await ingest('RWA', '2026-02-27');
    expect(await t.services.engine.drain()).toBe(1);
    expect(await unresolved('RWA')).not.toEqual([]);
    expect(await unresolved('UGA')).toEqual([]);
    // Still owed an evaluation, but not retried in a tight loop.
    expect(await queued()).toEqual(['UGA']);
    expect(await t.services.engine.drain()).toBe(0);

    await sql`drop trigger refuse_uga on alerts`.execute(t.database.db);
    await ingest('UGA', '2026-02-28');
    expect(await t.services.engine.drain()).toBe(1);
    expect(await unresolved('UGA')).not.toEqual([]);
    expect(await queued()).toEqual([]);
  });
});
