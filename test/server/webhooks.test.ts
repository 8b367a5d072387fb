import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, retryDelayMs } from '../../server/services/webhooks-service.ts';
import { anAlert } from '../helpers/alerts.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A real HTTP receiver on a local port that answers with the next status in its script (then 200). */
async function receiver(script: number[]) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/atalaya`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('alert webhooks', () => {
  let t: TestApp;
  let clock = new Date('2026-03-10T12:00:00Z');
  let admin: Awaited<ReturnType<TestApp['withToken']>>;
  // A token, not a session: the tests move the clock by hours, and sessions expire.
  let analyst: Awaited<ReturnType<TestApp['withToken']>>;

  beforeAll(async () => {
    t = await createTestApp({ now: () => clock });
    admin = await t.withToken('admin');
    analyst = await t.withToken('analyst');
  });
  afterAll(() => t.close());

  it('signs each delivery with HMAC-SHA256 over timestamp and body, and retries with backoff until it lands', async () => {
    const hook = await receiver([500, 503]);
    try {
      const created = await admin.post('/api/webhooks', { name: 'Coalition chat', url: hook.url });
      expect(created.status).toBe(201);
      const { id, secret } = await created.json();
      expect(secret).toMatch(/^whsec_/);
      // The secret is shown once: the list never carries it.
      const listed = await (await admin.get('/api/webhooks')).json();
      expect(JSON.stringify(listed)).not.toContain(secret);

      const alertId = await anAlert(t, { country: 'MMR' });
      await analyst.post(`/api/alerts/${alertId}/acknowledge`, { note: 'On it' });

      expect(await t.services.webhooks.deliverDue()).toBe(1);
      expect(hook.received).toHaveLength(1);
      let log = (await (await admin.get(`/api/webhooks/${id}/deliveries`)).json()).items;
      expect(log[0]).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastStatus: 500,
        lastError: 'HTTP 500',
      });
      expect(Date.parse(log[0].nextAttemptAt) - clock.getTime()).toBe(retryDelayMs(1));

      // Not due yet: nothing is sent.
      expect(await t.services.webhooks.deliverDue()).toBe(0);
      clock = new Date(clock.getTime() + retryDelayMs(1));
      expect(await t.services.webhooks.deliverDue()).toBe(1);
      clock = new Date(clock.getTime() + retryDelayMs(2));
      expect(await t.services.webhooks.deliverDue()).toBe(1);
      log = (await (await admin.get(`/api/webhooks/${id}/deliveries`)).json()).items;
      expect(log[0]).toMatchObject({
        status: 'delivered',
        attempts: 3,
        lastStatus: 200,
        nextAttemptAt: null,
      });
      expect(hook.received).toHaveLength(3);

      for (const { headers, body } of hook.received) {
        const timestamp = headers['x-atalaya-timestamp'] as string;
        const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
        expect(headers['x-atalaya-signature']).toBe(`sha256=${expected}`);
        expect(headers['x-atalaya-event']).toBe('alert.acknowledged');
        expect(headers['content-type']).toBe('application/json');
      }
      const payload = JSON.parse(hook.received[2]!.body);
      expect(payload).toMatchObject({
        event: 'alert.acknowledged',
        alert: { id: alertId, country: 'MMR', status: 'acknowledged', path: `/alerts/${alertId}` },
      });
      // Evidence stays in Atalaya: no report text or source travels to a chat channel.
      expect(hook.received[2]!.body).not.toMatch(/source|evidence|text/i);
    } finally {
      await hook.close();
    }
  });

  it('gives up after the last attempt and keeps the failure in the log', async () => {
    const hook = await receiver(new Array(MAX_ATTEMPTS).fill(500));
    try {
      const { id } = await (
        await admin.post('/api/webhooks', { name: 'Broken gateway', url: hook.url })
      ).json();
      await analyst.post(`/api/alerts/${await anAlert(t)}/acknowledge`, {});
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        await t.services.webhooks.deliverDue();
        clock = new Date(clock.getTime() + retryDelayMs(attempt));
      }
      const mine = (await (await admin.get(`/api/webhooks/${id}/deliveries`)).json()).items;
      expect(mine[0]).toMatchObject({
        status: 'failed',
        attempts: MAX_ATTEMPTS,
        lastStatus: 500,
        nextAttemptAt: null,
      });
      expect(await t.services.webhooks.deliverDue()).toBe(0);
    } finally {
      await hook.close();
    }
  });

  it('sends a threshold-bound webhook only that threshold’s alerts, and a global one every alert', async () => {
    await t.database.db.deleteFrom('webhooks').execute();
    const hook = await receiver([]);
    try {
      const threshold = await (
        await analyst.post('/api/thresholds', { country: 'SDN', metric: 'score', kind: 'level', value: 99 })
      ).json();
      await admin.post('/api/webhooks', {
        name: 'Only Sudan',
        url: `${hook.url}/bound`,
        thresholdId: threshold.id,
      });
      const bad = await admin.post('/api/webhooks', {
        name: 'Nope',
        url: hook.url,
        thresholdId: '00000000-0000-4000-8000-000000000000',
      });
      expect(bad.status).toBe(400);
      expect((await admin.post('/api/webhooks', { name: 'Nope', url: 'ftp://example.org/x' })).status).toBe(
        400,
      );
      // An alert of another threshold (none) does not reach the bound webhook.
      await analyst.post(`/api/alerts/${await anAlert(t)}/acknowledge`, {});
      expect(await t.services.webhooks.deliverDue()).toBe(0);
      expect(hook.received).toEqual([]);
      expect((await (await t.withToken('analyst')).get('/api/webhooks')).status).toBe(403);
    } finally {
      await hook.close();
    }
  });
});
