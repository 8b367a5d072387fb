import { z } from '@hono/zod-openapi';
import { CreatedWebhook, DeliveryList, WebhookInput, WebhookList } from '../contract/alerts.ts';
import { UuidParam } from '../contract/common.ts';
import type { WebhooksService } from '../services/webhooks-service.ts';
import { actorOf } from './actor.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const listWebhooks = apiRoute('admin', {
  method: 'get',
  path: '/api/webhooks',
  tags: ['Alerts'],
  summary: 'Outgoing webhooks for alert events (never their secret)',
  responses: { 200: jsonContent(WebhookList, 'Webhooks'), ...errorResponses(401, 403) },
});

const createWebhook = apiRoute('admin', {
  method: 'post',
  path: '/api/webhooks',
  tags: ['Alerts'],
  summary:
    'Add a webhook: alert events are POSTed as JSON, signed with HMAC-SHA256 (X-Atalaya-Signature over "timestamp.body"); the secret is shown once (audited)',
  request: { body: { required: true, content: { 'application/json': { schema: WebhookInput } } } },
  responses: { 201: jsonContent(CreatedWebhook, 'Created'), ...errorResponses(400, 401, 403, 415) },
});

const deleteWebhook = apiRoute('admin', {
  method: 'delete',
  path: '/api/webhooks/{id}',
  tags: ['Alerts'],
  summary: 'Remove a webhook and its delivery log (audited)',
  request: { params: UuidParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404) },
});

const listDeliveries = apiRoute('admin', {
  method: 'get',
  path: '/api/webhooks/{id}/deliveries',
  tags: ['Alerts'],
  summary: "A webhook's delivery log, newest first: status, attempts, last HTTP status or error, next retry",
  request: {
    params: UuidParam,
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
  },
  responses: { 200: jsonContent(DeliveryList, 'Deliveries'), ...errorResponses(400, 401, 403, 404) },
});

export function webhooksRoutes(deps: { webhooks: WebhooksService }) {
  return newRouter()
    .openapi(listWebhooks, async (c) => c.json({ items: await deps.webhooks.list() }, 200))
    .openapi(createWebhook, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await deps.webhooks.create(actorOf(c), c.req.valid('json')), 201);
    })
    .openapi(deleteWebhook, async (c) => {
      await deps.webhooks.remove(actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(listDeliveries, async (c) =>
      c.json(
        { items: await deps.webhooks.deliveries(c.req.valid('param').id, c.req.valid('query').limit) },
        200,
      ),
    );
}
