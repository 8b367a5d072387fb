import type { z } from '@hono/zod-openapi';
import {
  Alert,
  AlertAssign,
  AlertDetail,
  AlertList,
  AlertListQuery,
  AlertNote,
  BulkAcknowledge,
  BulkResult,
} from '../contract/alerts.ts';
import { UuidParam } from '../contract/common.ts';
import type { AlertsService } from '../services/alerts-service.ts';
import { actorOf } from './actor.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

const listAlerts = apiRoute('viewer', {
  method: 'get',
  path: '/api/alerts',
  tags: ['Alerts'],
  summary: 'Alerts, open first, then acknowledged, then resolved; newest trigger first',
  request: { query: AlertListQuery },
  responses: { 200: jsonContent(AlertList, 'Alerts'), ...errorResponses(400, 401) },
});

const acknowledgeMany = apiRoute('analyst', {
  method: 'post',
  path: '/api/alerts/acknowledge',
  tags: ['Alerts'],
  summary: 'Acknowledge several open alerts at once (audited); alerts that are not open are skipped',
  request: body(BulkAcknowledge),
  responses: { 200: jsonContent(BulkResult, 'What was acknowledged'), ...errorResponses(400, 401, 403, 415) },
});

const getAlert = apiRoute('viewer', {
  method: 'get',
  path: '/api/alerts/{id}',
  tags: ['Alerts'],
  summary: 'An alert with its history and the quoted evidence that drove it',
  request: { params: UuidParam },
  responses: { 200: jsonContent(AlertDetail, 'The alert'), ...errorResponses(400, 401, 404) },
});

const step = (action: 'acknowledge' | 'resolve' | 'reopen', summary: string) =>
  apiRoute('analyst', {
    method: 'post',
    path: `/api/alerts/{id}/${action}`,
    tags: ['Alerts'],
    summary,
    request: { params: UuidParam, ...body(AlertNote) },
    responses: { 200: jsonContent(Alert, 'The alert'), ...errorResponses(400, 401, 403, 404, 409, 415) },
  });

const acknowledge = step('acknowledge', 'Acknowledge an open alert, with an optional note (audited)');
const resolve = step('resolve', 'Resolve an alert, with an optional note (audited)');
const reopen = step('reopen', 'Reopen an acknowledged or resolved alert (audited)');

const assign = apiRoute('analyst', {
  method: 'post',
  path: '/api/alerts/{id}/assign',
  tags: ['Alerts'],
  summary: 'Escalate an alert to a person (or clear the assignment), with an optional note (audited)',
  request: { params: UuidParam, ...body(AlertAssign) },
  responses: { 200: jsonContent(Alert, 'The alert'), ...errorResponses(400, 401, 403, 404, 415) },
});

export function alertsRoutes(deps: { alerts: AlertsService }) {
  return newRouter()
    .openapi(listAlerts, async (c) => c.json(await deps.alerts.list(c.req.valid('query')), 200))
    .openapi(acknowledgeMany, async (c) => {
      const { ids, note } = c.req.valid('json');
      return c.json(await deps.alerts.acknowledgeMany(actorOf(c), ids, note), 200);
    })
    .openapi(getAlert, async (c) => c.json(await deps.alerts.get(c.req.valid('param').id), 200))
    .openapi(acknowledge, async (c) =>
      c.json(
        await deps.alerts.acknowledge(actorOf(c), c.req.valid('param').id, c.req.valid('json').note),
        200,
      ),
    )
    .openapi(resolve, async (c) =>
      c.json(await deps.alerts.resolve(actorOf(c), c.req.valid('param').id, c.req.valid('json').note), 200),
    )
    .openapi(reopen, async (c) =>
      c.json(await deps.alerts.reopen(actorOf(c), c.req.valid('param').id, c.req.valid('json').note), 200),
    )
    .openapi(assign, async (c) => {
      const { assignee, note } = c.req.valid('json');
      return c.json(await deps.alerts.assign(actorOf(c), c.req.valid('param').id, assignee, note), 200);
    });
}
