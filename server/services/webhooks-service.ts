import { createHmac } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import type { Executor } from '../../db/queries/executor.ts';
import type { AlertRow, Database, DeliveryRow, WebhookRow } from '../../db/schema.ts';
import { invalid, notFound } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Actor } from './principal.ts';
import { randomSecret } from './secrets.ts';

/** Attempts before a delivery is given up as failed (about a day of retries). */
export const MAX_ATTEMPTS = 8;
/** Time a claimed delivery is reserved for the process sending it; after a crash it is retried. */
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

/** 10 s, 30 s, 90 s, … capped at 6 hours: a receiver that is down for a while gets time to come back. */
export function retryDelayMs(attempts: number): number {
  return Math.min(10_000 * 3 ** (attempts - 1), 6 * 3_600_000);
}

/**
 * The signature a receiver checks: HMAC-SHA256 with the webhook's secret over `timestamp.body`, hex, in
 * `X-Atalaya-Signature: sha256=…`. Signing the timestamp too lets receivers refuse old replays.
 */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const toWebhook = (row: WebhookRow) => ({
  id: row.id,
  name: row.name,
  url: row.url,
  thresholdId: row.threshold_id,
  enabled: row.enabled,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
});

const toDelivery = (row: DeliveryRow) => ({
  id: row.id,
  webhookId: row.webhook_id,
  alertId: row.alert_id,
  event: row.event,
  status: row.status,
  attempts: row.attempts,
  lastStatus: row.last_status,
  lastError: row.last_error,
  nextAttemptAt: row.status === 'pending' ? (row.next_attempt_at?.toISOString() ?? null) : null,
  createdAt: row.created_at.toISOString(),
  deliveredAt: row.delivered_at?.toISOString() ?? null,
});

/**
 * What a receiver gets. No report text, source or quoted evidence: a chat channel or SMS gateway is not the
 * place for them. The receiver follows `path` into Atalaya, where access is controlled, for the evidence.
 */
export function alertPayload(alert: AlertRow, event: string) {
  return {
    event: `alert.${event}`,
    alert: {
      id: alert.id,
      path: `/alerts/${alert.id}`,
      country: alert.country.trim(),
      threshold: { id: alert.threshold_id, name: alert.threshold_name, value: alert.threshold_value },
      metric: alert.metric,
      kind: alert.kind,
      value: alert.value,
      change: alert.change,
      latestValue: alert.latest_value,
      triggeredAt: alert.triggered_at,
      holding: alert.holding,
      status: alert.status,
      assignee: alert.assignee,
      riskFactors: alert.risk_factors,
    },
  };
}

export function createWebhooksService(deps: {
  db: Kysely<Database>;
  logger: Logger;
  now: () => Date;
  fetch?: typeof fetch;
}) {
  const send = deps.fetch ?? fetch;

  async function attempt(delivery: DeliveryRow, hook: WebhookRow): Promise<void> {
    const body = JSON.stringify({
      ...delivery.payload,
      deliveryId: delivery.id,
      sentAt: deps.now().toISOString(),
    });
    const timestamp = String(Math.floor(deps.now().getTime() / 1000));
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await send(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Atalaya-Webhook/1',
          'x-atalaya-event': delivery.event,
          'x-atalaya-delivery': delivery.id,
          'x-atalaya-timestamp': timestamp,
          'x-atalaya-signature': signature(hook.secret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      status = res.status;
      await res.body?.cancel();
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error = err instanceof Error ? err.message.slice(0, 300) : 'request failed';
    }
    const attempts = delivery.attempts + 1;
    const delivered = error === null;
    const failed = !delivered && attempts >= MAX_ATTEMPTS;
    await deps.db
      .updateTable('webhook_deliveries')
      .set({
        attempts,
        last_status: status,
        last_error: error,
        status: delivered ? 'delivered' : failed ? 'failed' : 'pending',
        delivered_at: delivered ? deps.now() : null,
        next_attempt_at: delivered || failed ? null : new Date(deps.now().getTime() + retryDelayMs(attempts)),
      })
      .where('id', '=', delivery.id)
      .execute();
    // The URL may carry a token in its path: log the webhook's id, never the URL.
    if (!delivered)
      deps.logger.warn({ webhook: hook.id, delivery: delivery.id, attempts, status }, 'webhook failed');
  }

  return {
    async list() {
      const rows = await deps.db
        .selectFrom('webhooks')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toWebhook);
    },

    async create(
      actor: Actor,
      input: { name: string; url: string; thresholdId?: string | null; enabled?: boolean },
    ) {
      return deps.db.transaction().execute(async (trx) => {
        if (input.thresholdId) {
          const exists = await trx
            .selectFrom('thresholds')
            .select('id')
            .where('id', '=', input.thresholdId)
            .executeTakeFirst();
          if (!exists) throw invalid('thresholdId', 'no threshold has this id');
        }
        const secret = randomSecret('whsec_');
        const row = await trx
          .insertInto('webhooks')
          .values({
            name: input.name,
            url: input.url,
            secret,
            threshold_id: input.thresholdId ?? null,
            enabled: input.enabled ?? true,
            created_by: actor.username,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'webhook.create',
          targetType: 'webhook',
          targetId: row.id,
          details: { name: row.name, thresholdId: row.threshold_id },
          requestId: actor.requestId,
        });
        return { ...toWebhook(row), secret };
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      await deps.db.transaction().execute(async (trx) => {
        const row = await trx
          .deleteFrom('webhooks')
          .where('id', '=', id)
          .returning(['id', 'name'])
          .executeTakeFirst();
        if (!row) throw notFound('Webhook');
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'webhook.delete',
          targetType: 'webhook',
          targetId: id,
          details: { name: row.name },
          requestId: actor.requestId,
        });
      });
    },

    async deliveries(webhookId: string, limit: number) {
      const hook = await deps.db
        .selectFrom('webhooks')
        .select('id')
        .where('id', '=', webhookId)
        .executeTakeFirst();
      if (!hook) throw notFound('Webhook');
      const rows = await deps.db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('webhook_id', '=', webhookId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toDelivery);
    },

    /** Queues a delivery of an alert event to every enabled webhook that wants it, in the caller's transaction. */
    async enqueue(trx: Executor, alert: AlertRow, event: string): Promise<void> {
      const payload = JSON.stringify(alertPayload(alert, event));
      await sql`
        insert into webhook_deliveries (webhook_id, alert_id, event, payload, next_attempt_at)
        select id, ${alert.id}::uuid, ${`alert.${event}`}, ${payload}::jsonb, ${deps.now()}::timestamptz
        from webhooks
        where enabled and (threshold_id is null or threshold_id = ${alert.threshold_id}::uuid)`.execute(trx);
    },

    /**
     * Sends the deliveries that are due, outside any transaction (a slow receiver must not hold database
     * locks): each is first leased for a minute, so a crash mid-request only delays it. Returns how many ran.
     */
    async deliverDue(limit = 20): Promise<number> {
      const now = deps.now();
      const claimed = await sql<DeliveryRow>`
        update webhook_deliveries set next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}::timestamptz
        where id in (
          select id from webhook_deliveries
          where status = 'pending' and next_attempt_at <= ${now}::timestamptz
          order by next_attempt_at
          for update skip locked
          limit ${limit}
        )
        returning *`.execute(deps.db);
      if (claimed.rows.length === 0) return 0;
      const hooks = await deps.db
        .selectFrom('webhooks')
        .selectAll()
        .where(
          'id',
          'in',
          claimed.rows.map((d) => d.webhook_id),
        )
        .execute();
      const byId = new Map(hooks.map((h) => [h.id, h]));
      await Promise.all(
        claimed.rows.map((delivery) => {
          const hook = byId.get(delivery.webhook_id);
          return hook ? attempt(delivery, hook) : Promise.resolve();
        }),
      );
      return claimed.rows.length;
    },
  };
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;
