import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimNextJob, insertJob } from '../../db/queries/jobs.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

async function waitForJob(client: { get(path: string): Promise<Response> }, id: string) {
  for (let i = 0; i < 200; i++) {
    const job = await (await client.get(`/api/jobs/${id}`)).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not finish');
}

describe('rescoring after a catalog change', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['withToken']>>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.withToken('admin');
  });
  afterAll(() => t.close());

  it('re-scores reports of an old catalog version in the background, and the series follow', async () => {
    for (let i = 0; i < 5; i++) {
      await admin.post('/api/reports', {
        country: 'COL',
        date: `2026-03-0${i + 1}`,
        text: `Paramilitares asesinaron a ${i + 3} campesinos en la vereda ${i}.`,
      });
    }
    const truth = await (await admin.get('/api/countries?asOf=2026-03-10')).json();
    // Pretend an older catalog scored them: nothing found, nothing in the aggregates.
    const zero = JSON.stringify(Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`RF${i + 1}`, 0])));
    const noCrime = JSON.stringify({ genocide: 0, crimes_against_humanity: 0, war_crimes: 0 });
    await t.database.db
      .updateTable('reports')
      .set({ catalog_version: 'old', score: 0, risk_factors: zero, crimes: noCrime })
      .execute();
    await t.database.db.deleteFrom('hits').execute();
    await t.database.db.transaction().execute((trx) => t.services.risk.recomputeCountry(trx, 'COL'));
    expect((await (await admin.get('/api/countries?asOf=2026-03-10')).json()).items[0].score).toBe(0);

    const res = await admin.post('/api/admin/rescore');
    expect(res.status).toBe(202);
    const job = await waitForJob(admin, (await res.json()).id);
    expect(job).toMatchObject({ status: 'done', progress: { total: 5, done: 5, countries: 1 } });
    const after = await (await admin.get('/api/countries?asOf=2026-03-10')).json();
    expect(after.items[0].score).toBeCloseTo(truth.items[0].score, 6);
    const versions = await t.database.db.selectFrom('reports').select('catalog_version').distinct().execute();
    expect(versions.map((v) => v.catalog_version)).toEqual([
      (await (await admin.get('/api/indicators')).json()).version,
    ]);
    expect((await t.database.db.selectFrom('hits').select('id').execute()).length).toBeGreaterThan(0);
  });

  it('starts one job however often it is asked while it runs', async () => {
    const [a, b] = await Promise.all([
      t.services.jobs.enqueue({ username: 'x' }, 'rescore'),
      t.services.jobs.enqueue({ username: 'y' }, 'rescore'),
    ]);
    expect(b.id).toBe(a.id);
    const active = await t.database.db
      .selectFrom('jobs')
      .select('id')
      .where('dedupe_key', '=', 'rescore')
      .where('status', 'in', ['queued', 'running'])
      .execute();
    expect(active.length).toBeLessThanOrEqual(1);
  });

  it('waits for each progress write, so none lands after the job is finished', async () => {
    await t.services.jobs.tick(); // the job the test before started
    await t.database.db.updateTable('reports').set({ catalog_version: 'old' }).execute();
    const pending: string[] = [];
    const result = await t.services.rescore.run(async (p) => {
      pending.push(`${p.done}/${p.total}`);
      await new Promise((r) => setTimeout(r, 20));
      pending.pop();
    });
    expect(result.done).toBe(5);
    expect(pending).toEqual([]);
  });

  it('rebuilds every country when it resumes a run that was cut off before rebuilding them', async () => {
    await t.services.jobs.tick();
    const score = async () =>
      (await (await admin.get('/api/countries?asOf=2026-03-10')).json()).items[0].score;
    const truth = await score();
    const zero = JSON.stringify(Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`RF${i + 1}`, 0])));
    const noCrime = JSON.stringify({ genocide: 0, crimes_against_humanity: 0, war_crimes: 0 });
    await t.database.db
      .updateTable('reports')
      .set({ catalog_version: 'old', score: 0, risk_factors: zero, crimes: noCrime })
      .execute();
    await t.database.db.transaction().execute((trx) => t.services.risk.recomputeCountry(trx, 'COL'));
    expect(await score()).toBe(0);
    // A run that dies after committing its pages, before the aggregates are rebuilt (a crash, an outage).
    await expect(
      t.services.rescore.run(async (p) => {
        if (p.done > 0) throw new Error('the process died here');
      }),
    ).rejects.toThrow('the process died here');
    expect(await t.services.rescore.pending()).toBe(0);
    expect(await score()).toBe(0);
    // Its job, left running with progress and no heartbeat, is queued again and run as a resumed job.
    const job = await insertJob(t.database.db, { kind: 'rescore', createdBy: 't', dedupeKey: 'rescore' });
    await t.database.db
      .updateTable('jobs')
      .set({ status: 'running', progress: JSON.stringify({ total: 5, done: 5 }), heartbeat_at: new Date(0) })
      .where('id', '=', job.id)
      .execute();
    await t.services.jobs.tick();
    expect(await waitForJob(admin, job.id)).toMatchObject({ status: 'done', progress: { countries: 1 } });
    expect(await score()).toBeCloseTo(truth, 6);
  });

  it('gives each queued job to one claimant only', async () => {
    const db = t.database.db;
    const one = await insertJob(db, { kind: 'test-kind', createdBy: 't' });
    const two = await insertJob(db, { kind: 'test-kind', createdBy: 't' });
    const claims = await Promise.all([
      claimNextJob(db, ['test-kind'], new Date()),
      claimNextJob(db, ['test-kind'], new Date()),
      claimNextJob(db, ['test-kind'], new Date()),
    ]);
    const ids = claims
      .filter(Boolean)
      .map((j) => j!.id)
      .sort();
    expect(ids).toEqual([one.id, two.id].sort());
  });
});
