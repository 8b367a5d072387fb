import { z } from '@hono/zod-openapi';
import { CRIME_CODES } from '../../indicators/crimes.ts';
import { RF_CODES } from '../../indicators/risk-factors.ts';
import { IsoDate, Limit, SafeString, SafeUrl, Username } from './common.ts';
import { CountryCode, StoredHit } from './reports.ts';

/** What a threshold watches: the 0–100 score, a risk factor or a crime category (both in [0, 1]). */
export const Metric = z.enum(['score', ...RF_CODES, ...CRIME_CODES]).openapi('Metric');
export type Metric = z.infer<typeof Metric>;

/** The largest value a metric takes: thresholds are written on the metric's own scale. */
export const metricMax = (metric: Metric) => (metric === 'score' ? 100 : 1);

const ThresholdFields = z.strictObject({
  name: SafeString.pipe(z.string().trim().min(1).max(120)).optional().openapi({
    description: 'A short name for people; made from the condition when absent',
  }),
  country: CountryCode.nullable().openapi({ description: 'null: every country' }),
  metric: Metric,
  kind: z.enum(['level', 'rise']).openapi({
    description: 'level: the metric reaches value; rise: it rose by at least value within windowDays',
  }),
  value: z.number().positive(),
  windowDays: z.number().int().min(1).max(365).optional().openapi({ description: 'For rise; default 30' }),
  persistenceDays: z.number().int().min(1).max(90).optional().openapi({
    description: 'The condition must hold this many consecutive days (default 1) — against flapping',
  }),
  enabled: z.boolean().optional(),
});

const checkScale = <
  T extends { metric: Metric; value: number; kind: string; windowDays?: number | undefined },
>(
  t: T,
  ctx: z.RefinementCtx,
) => {
  if (t.value > metricMax(t.metric)) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message:
        t.metric === 'score'
          ? 'must be at most 100 for the score'
          : 'must be at most 1 for a risk factor or crime',
    });
  }
  if (t.kind === 'level' && t.windowDays !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['windowDays'], message: 'only applies to rise thresholds' });
  }
};

export const ThresholdInput = ThresholdFields.superRefine(checkScale).openapi('ThresholdInput');
export type ThresholdInput = z.infer<typeof ThresholdInput>;

export const Threshold = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.string().nullable(),
    metric: Metric,
    kind: z.enum(['level', 'rise']),
    value: z.number(),
    windowDays: z.number().int().nullable(),
    persistenceDays: z.number().int(),
    enabled: z.boolean(),
    builtIn: z.boolean().openapi({ description: 'Shipped with Atalaya (can be edited or disabled)' }),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Threshold');

export const ThresholdList = z.object({ items: z.array(Threshold) }).openapi('ThresholdList');

export const BacktestRequest = z
  .strictObject({
    threshold: ThresholdFields.omit({ enabled: true, name: true }).superRefine(checkScale),
    from: IsoDate.optional().openapi({ description: 'Default: three years before to' }),
    to: IsoDate.optional().openapi({ description: 'Default: today' }),
  })
  .openapi('BacktestRequest');

export const Backtest = z
  .object({
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    alerts: z.array(
      z.object({
        country: z.string(),
        triggeredAt: z
          .string()
          .openapi({ description: 'The day the condition had held persistenceDays days' }),
        clearedAt: z
          .string()
          .nullable()
          .openapi({ description: 'The first day it no longer held; null: still holds' }),
        peak: z.number(),
      }),
    ),
    byCountry: z.array(
      z.object({ country: z.string(), alerts: z.number().int(), daysHeld: z.number().int() }),
    ),
    byMonth: z.array(z.object({ month: z.string(), alerts: z.number().int() })),
  })
  .openapi('Backtest');

export const AlertStatus = z.enum(['open', 'acknowledged', 'resolved']);

export const AlertEvent = z.object({
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.enum([
    'opened',
    'evidence_added',
    'stopped_holding',
    'holding_again',
    'acknowledged',
    'resolved',
    'reopened',
    'assigned',
  ]),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const Alert = z
  .object({
    id: z.uuid(),
    country: z.string(),
    thresholdId: z.uuid().nullable().openapi({ description: 'null once its threshold was deleted' }),
    thresholdName: z.string(),
    metric: Metric,
    kind: z.enum(['level', 'rise']),
    thresholdValue: z.number(),
    value: z.number().openapi({ description: "The metric's value when the alert was raised" }),
    change: z.number().openapi({ description: 'Its rise over the window (rise) or over 30 days (level)' }),
    latestValue: z.number(),
    triggeredAt: z.string().openapi({ description: 'The day the condition was met' }),
    holding: z.boolean().openapi({ description: 'Whether the condition still holds' }),
    clearedAt: z.string().nullable(),
    status: AlertStatus,
    assignee: z.string().nullable(),
    riskFactors: z.array(z.enum(RF_CODES)).openapi({ description: 'Risk factors involved, strongest first' }),
    reportIds: z.array(z.uuid()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Alert');

export const AlertList = z
  .object({ items: z.array(Alert), nextCursor: z.string().nullable() })
  .openapi('AlertList');

export const AlertDetail = Alert.extend({
  events: z.array(AlertEvent),
  evidence: z.array(
    StoredHit.extend({
      reportId: z.uuid(),
      date: z.string(),
      title: z.string().nullable(),
      source: z.object({ name: z.string(), url: z.string().nullable(), reliability: z.string() }).nullable(),
    }),
  ),
}).openapi('AlertDetail');

export const AlertListQuery = z.strictObject({
  status: AlertStatus.optional(),
  country: CountryCode.optional(),
  limit: Limit(200, 50),
  cursor: z.string().max(200).optional(),
});

export const AlertNote = z
  .strictObject({ note: SafeString.pipe(z.string().trim().max(2000)).optional() })
  .openapi('AlertNote');

export const AlertAssign = z
  .strictObject({
    assignee: Username.nullable().openapi({ description: 'A user name; null removes the assignment' }),
    note: SafeString.pipe(z.string().trim().max(2000)).optional(),
  })
  .openapi('AlertAssign');

export const BulkAcknowledge = z
  .strictObject({
    ids: z.array(z.uuid()).min(1).max(200),
    note: SafeString.pipe(z.string().trim().max(2000)).optional(),
  })
  .openapi('BulkAcknowledge');

export const BulkResult = z
  .object({ acknowledged: z.array(z.uuid()), skipped: z.array(z.uuid()) })
  .openapi('BulkAcknowledgeResult');

export const WebhookInput = z
  .strictObject({
    name: SafeString.pipe(z.string().trim().min(1).max(120)),
    url: SafeUrl(2000),
    thresholdId: z.uuid().nullable().optional().openapi({ description: 'null or absent: every alert' }),
    enabled: z.boolean().optional(),
  })
  .openapi('WebhookInput');

export const Webhook = z
  .object({
    id: z.uuid(),
    name: z.string(),
    url: z.string(),
    thresholdId: z.uuid().nullable(),
    enabled: z.boolean(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Webhook');

export const CreatedWebhook = Webhook.extend({
  secret: z.string().openapi({ description: 'The HMAC-SHA256 key, shown once' }),
}).openapi('CreatedWebhook');

export const WebhookList = z.object({ items: z.array(Webhook) }).openapi('WebhookList');

export const Delivery = z
  .object({
    id: z.uuid(),
    webhookId: z.uuid(),
    alertId: z.uuid().nullable(),
    event: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .openapi('WebhookDelivery');

export const DeliveryList = z.object({ items: z.array(Delivery) }).openapi('WebhookDeliveryList');
