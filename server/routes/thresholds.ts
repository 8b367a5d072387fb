import type { z } from '@hono/zod-openapi';
import { Backtest, BacktestRequest, Threshold, ThresholdInput, ThresholdList } from '../contract/alerts.ts';
import { UuidParam } from '../contract/common.ts';
import type { ThresholdsService } from '../services/thresholds-service.ts';
import { actorOf } from './actor.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

const listThresholds = apiRoute('viewer', {
  method: 'get',
  path: '/api/thresholds',
  tags: ['Alerts'],
  summary: 'Alert thresholds, built-in ones first',
  responses: { 200: jsonContent(ThresholdList, 'Thresholds'), ...errorResponses(401) },
});

const createThreshold = apiRoute('analyst', {
  method: 'post',
  path: '/api/thresholds',
  tags: ['Alerts'],
  summary: 'Create a threshold; its countries are evaluated at once (audited)',
  request: body(ThresholdInput),
  responses: { 201: jsonContent(Threshold, 'Created'), ...errorResponses(400, 401, 403, 415) },
});

const backtest = apiRoute('analyst', {
  method: 'post',
  path: '/api/thresholds/backtest',
  tags: ['Alerts'],
  summary: 'The alerts a draft threshold would have raised over the stored data (nothing is saved)',
  request: body(BacktestRequest),
  responses: { 200: jsonContent(Backtest, 'Would-be alerts'), ...errorResponses(400, 401, 403, 415) },
});

const putThreshold = apiRoute('analyst', {
  method: 'put',
  path: '/api/thresholds/{id}',
  tags: ['Alerts'],
  summary: 'Replace a threshold (edit, enable, disable); alerts are evaluated again (audited)',
  request: { params: UuidParam, ...body(ThresholdInput) },
  responses: { 200: jsonContent(Threshold, 'Updated'), ...errorResponses(400, 401, 403, 404, 415) },
});

const deleteThreshold = apiRoute('analyst', {
  method: 'delete',
  path: '/api/thresholds/{id}',
  tags: ['Alerts'],
  summary: 'Delete a threshold; its alerts stay until resolved (audited)',
  request: { params: UuidParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 401, 403, 404) },
});

export function thresholdsRoutes(deps: { thresholds: ThresholdsService }) {
  return newRouter()
    .openapi(listThresholds, async (c) => c.json({ items: await deps.thresholds.list() }, 200))
    .openapi(createThreshold, async (c) =>
      c.json(await deps.thresholds.create(actorOf(c), c.req.valid('json')), 201),
    )
    .openapi(backtest, async (c) => {
      const { threshold, from, to } = c.req.valid('json');
      return c.json(await deps.thresholds.backtest(threshold, { from, to }), 200);
    })
    .openapi(putThreshold, async (c) =>
      c.json(await deps.thresholds.update(actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(deleteThreshold, async (c) => {
      await deps.thresholds.remove(actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
