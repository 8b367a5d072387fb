import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anAlert } from '../helpers/alerts.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let n = 0;
// Mass killings of an ethnic group by an armed party: many risk factors at once, a high score.
const atrocity = () =>
  `Militias killed at least ${40 + ++n} Masalit civilians in El Geneina and burned the village; ` +
  'survivors said the attackers shouted that no Masalit would be left alive. ' +
  'Women and girls were raped by the fighters and hundreds of families fled to Chad.';

type Alert = {
  id: string;
  country: string;
  thresholdId: string | null;
  thresholdName: string;
  metric: string;
  value: number;
  change: number;
  triggeredAt: string;
  holding: boolean;
  clearedAt: string | null;
  status: string;
  assignee: string | null;
  riskFactors: string[];
  reportIds: string[];
};

describe('alerts', () => {
  let t: TestApp;
  let clock = new Date('2026-03-10T12:00:00Z');
  let analyst: Awaited<ReturnType<TestApp['signIn']>>;
  let viewer: Awaited<ReturnType<TestApp['withToken']>>;

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock });
    analyst = await t.signIn('analyst', 'amina');
    viewer = await t.withToken('viewer');
  });
  afterAll(() => t.close());
  beforeEach(() => {
    clock = new Date('2026-03-10T12:00:00Z');
  });

  const ingest = async (country: string, date: string, text = atrocity()) => {
    const res = await analyst.post('/api/reports', {
      country,
      date,
      text,
      source: { name: 'UN', reliability: 'A1' },
    });
    expect(res.status).toBe(201);
    return (await res.json()).id as string;
  };
  const alerts = async (query = '') =>
    (await (await viewer.get(`/api/alerts?${query}`)).json()).items as Alert[];
  const builtIn = async () =>
    (await (await viewer.get('/api/thresholds')).json()).items as Array<{
      id: string;
      name: string;
      builtIn: boolean;
    }>;

  it('ships three enabled built-in thresholds', async () => {
    const items = await builtIn();
    expect(
      items
        .filter((i) => i.builtIn)
        .map((i) => i.name)
        .sort(),
    ).toEqual([
      'Intent to destroy a protected group (RF10) reaches 0.5',
      'Score reaches high',
      'Score rises 15 points in 30 days',
    ]);
  });

  it('queues the country in the transaction that stores its reports, and raises one alert per condition', async () => {
    const first = await ingest('SDN', '2026-03-05');
    await ingest('SDN', '2026-03-07');
    const queued = await t.database.db.selectFrom('alert_queue').select('country').execute();
    expect(queued.map((q) => q.country.trim())).toContain('SDN');
    expect(await t.services.engine.drain()).toBeGreaterThan(0);
    expect(await t.database.db.selectFrom('alert_queue').selectAll().execute()).toEqual([]);

    const sdn = (await alerts('country=SDN')).filter((a) => a.thresholdName === 'Score reaches high');
    expect(sdn).toHaveLength(1);
    const [alert] = sdn;
    expect(alert).toMatchObject({ status: 'open', holding: true, metric: 'score', clearedAt: null });
    expect(alert!.value).toBeGreaterThanOrEqual(40);
    // The first report alone brings Sudan to high.
    expect(alert!.triggeredAt).toBe('2026-03-05');
    expect(alert!.reportIds).toContain(first);
    expect(alert!.riskFactors.length).toBeGreaterThan(0);

    // The condition stays true: more reports attach to the same alert instead of opening another.
    const later = await ingest('SDN', '2026-03-09');
    await t.services.engine.drain();
    const again = (await alerts('country=SDN')).filter((a) => a.thresholdName === 'Score reaches high');
    expect(again.map((a) => a.id)).toEqual([alert!.id]);
    expect(again[0]!.reportIds).toContain(later);
    const detail = await (await viewer.get(`/api/alerts/${alert!.id}`)).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['opened', 'evidence_added']);
    expect(detail.evidence.length).toBeGreaterThan(0);
    expect(detail.evidence[0].evidence.text).toContain('Masalit');
  });

  it('queues countries stored by bulk and file uploads too, and the worker drains the queue', async () => {
    const lines = ['2026-03-06', '2026-03-08']
      .map((date) =>
        JSON.stringify({ country: 'SSD', date, text: atrocity(), source: { name: 'UN', reliability: 'A1' } }),
      )
      .join('\n');
    const bulk = await analyst.request('/api/reports/bulk', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines,
    });
    expect((await bulk.json()).accepted).toBe(2);
    const form = new FormData();
    form.set('file', new Blob([atrocity()], { type: 'text/plain' }), 'report.txt');
    form.set('country', 'CAF');
    form.set('date', '2026-03-09');
    expect((await analyst.request('/api/reports/file', { method: 'POST', body: form })).status).toBe(201);
    const queued = (await t.database.db.selectFrom('alert_queue').select('country').execute()).map((q) =>
      q.country.trim(),
    );
    expect(queued).toEqual(expect.arrayContaining(['SSD', 'CAF']));
    await t.services.alertWorker.tick();
    expect(await t.database.db.selectFrom('alert_queue').selectAll().execute()).toEqual([]);
    expect((await alerts('country=SSD')).map((a) => a.thresholdName)).toContain('Score reaches high');
  });

  it('says when the condition stops holding, and keeps the alert until someone resolves it', async () => {
    await ingest('TCD', '2026-03-07');
    await ingest('TCD', '2026-03-08');
    await t.services.engine.drain();
    const [alert] = (await alerts('country=TCD')).filter((a) => a.thresholdName === 'Score reaches high');
    expect(alert!.holding).toBe(true);
    // Four months later the evidence has faded (30-day half-life); the daily pass re-evaluates every country.
    clock = new Date('2026-07-10T12:00:00Z');
    await t.services.engine.requestAll();
    await t.services.engine.drain();
    const after = (await alerts('country=TCD')).find((a) => a.id === alert!.id)!;
    expect(after).toMatchObject({ holding: false, status: 'open' });
    expect(after.clearedAt! > '2026-03-08').toBe(true);
    const detail = await (await viewer.get(`/api/alerts/${alert!.id}`)).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toContain('stopped_holding');
  });

  it('requires the condition to persist for the set number of days', async () => {
    const res = await analyst.post('/api/thresholds', {
      name: 'Peru persistent',
      country: 'PER',
      metric: 'score',
      kind: 'level',
      value: 20,
      persistenceDays: 3,
    });
    expect(res.status).toBe(201);
    const threshold = await res.json();
    await ingest('PER', '2026-03-09');
    await t.services.engine.drain();
    // Two days held (9th and 10th): not yet.
    expect((await alerts('country=PER')).filter((a) => a.thresholdId === threshold.id)).toEqual([]);
    clock = new Date('2026-03-11T12:00:00Z');
    await t.services.engine.requestAll();
    await t.services.engine.drain();
    const raised = (await alerts('country=PER')).filter((a) => a.thresholdId === threshold.id);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.triggeredAt).toBe('2026-03-11');
  });

  it('fires a rise threshold on the rise within the window, and evaluates when a threshold is created', async () => {
    await ingest('MLI', '2026-02-01', 'Soldiers beat a detained journalist in Bamako.');
    await ingest('MLI', '2026-03-09');
    await t.services.engine.drain();
    const created = await analyst.post('/api/thresholds', {
      country: 'MLI',
      metric: 'score',
      kind: 'rise',
      value: 20,
      windowDays: 14,
    });
    const threshold = await created.json();
    expect(threshold).toMatchObject({
      name: 'score rises 20 in 14 days (MLI)',
      windowDays: 14,
      persistenceDays: 1,
    });
    await t.services.engine.drain();
    const [alert] = (await alerts('country=MLI')).filter((a) => a.thresholdId === threshold.id);
    expect(alert!.triggeredAt).toBe('2026-03-09');
    expect(alert!.change).toBeGreaterThanOrEqual(20);
  });

  it('runs the lifecycle open → acknowledged → resolved → reopened, with who, when and notes, audited', async () => {
    const id = await anAlert(t, { country: 'COL' });
    const ack = await analyst.post(`/api/alerts/${id}/acknowledge`, { note: 'Calling the field office' });
    expect(ack.status).toBe(200);
    expect((await ack.json()).status).toBe('acknowledged');
    expect((await analyst.post(`/api/alerts/${id}/acknowledge`, {})).status).toBe(409);
    const assigned = await analyst.post(`/api/alerts/${id}/assign`, { assignee: 'amina', note: 'Yours' });
    expect((await assigned.json()).assignee).toBe('amina');
    expect((await analyst.post(`/api/alerts/${id}/assign`, { assignee: 'nobody-here' })).status).toBe(400);
    expect((await (await analyst.post(`/api/alerts/${id}/resolve`, { note: 'Briefed' })).json()).status).toBe(
      'resolved',
    );
    expect((await (await analyst.post(`/api/alerts/${id}/reopen`, {})).json()).status).toBe('open');

    const detail = await (await viewer.get(`/api/alerts/${id}`)).json();
    expect(
      detail.events.map((e: { action: string; actor: string; note: string | null }) => [
        e.action,
        e.actor,
        e.note,
      ]),
    ).toEqual([
      ['acknowledged', 'amina', 'Calling the field office'],
      ['assigned', 'amina', 'Yours'],
      ['resolved', 'amina', 'Briefed'],
      ['reopened', 'amina', null],
    ]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_type', '=', 'alert')
      .where('target_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'alert.acknowledge',
      'alert.assign',
      'alert.resolve',
      'alert.reopen',
    ]);
    expect((await viewer.post(`/api/alerts/${id}/resolve`, {})).status).toBe(403);
  });

  it('acknowledges several open alerts at once and skips the others', async () => {
    const a = await anAlert(t);
    const b = await anAlert(t);
    const resolved = await anAlert(t, { status: 'resolved' });
    const res = await analyst.post('/api/alerts/acknowledge', {
      ids: [a, b, resolved],
      note: 'Weekly review',
    });
    const body = await res.json();
    expect(body.acknowledged.sort()).toEqual([a, b].sort());
    expect(body.skipped).toEqual([resolved]);
  });

  it('lists open alerts first, then acknowledged, then resolved, and pages without repeats', async () => {
    const seen: Alert[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Alert[]; nextCursor: string | null } = await (
        await viewer.get(`/api/alerts?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const rank = { open: 0, acknowledged: 1, resolved: 2 } as Record<string, number>;
    const ranks = seen.map((a) => rank[a.status]!);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(new Set(seen.map((a) => a.id)).size).toBe(seen.length);
    expect(seen.length).toBe((await alerts('limit=200')).length);
  });

  it('backtests a draft threshold over the stored data without saving anything', async () => {
    const before = await t.database.db.selectFrom('alerts').select('id').execute();
    const res = await analyst.post('/api/thresholds/backtest', {
      threshold: { country: null, metric: 'score', kind: 'level', value: 40 },
      from: '2026-01-01',
      to: '2026-03-10',
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    const countries = body.byCountry.map((c: { country: string }) => c.country);
    expect(countries).toEqual(expect.arrayContaining(['SDN', 'TCD']));
    expect(body.total).toBe(body.alerts.length);
    expect(body.byMonth.map((m: { month: string }) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(body.byMonth.reduce((s: number, m: { alerts: number }) => s + m.alerts, 0)).toBe(body.total);
    // The live engine raised SDN's alert on the day the backtest says the condition was met.
    const sdn = body.alerts.find((a: { country: string }) => a.country === 'SDN');
    expect(sdn.triggeredAt).toBe('2026-03-05');
    expect(await t.database.db.selectFrom('alerts').select('id').execute()).toHaveLength(before.length);
  });

  it('rejects thresholds off the metric scale, naming the field, and stores nothing', async () => {
    const count = async () => (await builtIn()).length;
    const before = await count();
    for (const [body, field] of [
      [{ country: null, metric: 'score', kind: 'level', value: 140 }, 'value'],
      [{ country: null, metric: 'RF10', kind: 'level', value: 5 }, 'value'],
      [{ country: null, metric: 'score', kind: 'level', value: 40, windowDays: 30 }, 'windowDays'],
      [{ country: 'XXX', metric: 'score', kind: 'level', value: 40 }, 'country'],
      [{ country: null, metric: 'RF15', kind: 'level', value: 0.5 }, 'metric'],
      [{ country: null, metric: 'score', kind: 'spike', value: 40 }, 'kind'],
    ] as const) {
      const res = await analyst.post('/api/thresholds', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).error.details.map((d: { path: string }) => d.path)).toContain(field);
    }
    expect(await count()).toBe(before);
    expect(
      (await viewer.post('/api/thresholds', { country: null, metric: 'score', kind: 'level', value: 50 }))
        .status,
    ).toBe(403);
  });

  it('edits, disables and deletes a threshold; its alerts stay', async () => {
    const created = await (
      await analyst.post('/api/thresholds', {
        name: 'Chad watch',
        country: 'TCD',
        metric: 'score',
        kind: 'level',
        value: 10,
      })
    ).json();
    await t.services.engine.drain();
    const raised = (await alerts('country=TCD')).filter((a) => a.thresholdId === created.id);
    expect(raised).toHaveLength(1);
    const put = await analyst.put(`/api/thresholds/${created.id}`, {
      name: 'Chad watch',
      country: 'TCD',
      metric: 'score',
      kind: 'level',
      value: 10,
      enabled: false,
    });
    expect((await put.json()).enabled).toBe(false);
    expect((await analyst.delete(`/api/thresholds/${created.id}`)).status).toBe(204);
    expect((await analyst.delete(`/api/thresholds/${created.id}`)).status).toBe(404);
    const kept = await (await viewer.get(`/api/alerts/${raised[0]!.id}`)).json();
    expect(kept).toMatchObject({ thresholdId: null, thresholdName: 'Chad watch', status: 'open' });
  });

  it('offers an Atom feed with every text escaped', async () => {
    await analyst.post('/api/thresholds', {
      name: '<script>alert(1)</script> & more',
      country: 'SDN',
      metric: 'score',
      kind: 'level',
      value: 30,
    });
    await t.services.engine.drain();
    const res = await viewer.get('/api/alerts.atom?lang=es');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    expect(xml).toContain('xml:lang="es"');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('Sudán');
  });
});
