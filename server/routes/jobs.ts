import { Job, JobIdParam } from '../contract/jobs.ts';
import type { JobsService } from '../services/jobs-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const startRescore = apiRoute('admin', {
  method: 'post',
  path: '/api/admin/rescore',
  tags: ['Admin'],
  summary:
    'Re-score, in the background, every report the current catalog version did not score; the series follow. Asking again while one runs returns that one.',
  responses: { 202: jsonContent(Job, 'The rescoring job'), ...errorResponses(401, 403) },
});

const getJob = apiRoute('analyst', {
  method: 'get',
  path: '/api/jobs/{id}',
  tags: ['Admin'],
  summary: 'A background job with its progress',
  request: { params: JobIdParam },
  responses: { 200: jsonContent(Job, 'The job'), ...errorResponses(400, 401, 403, 404) },
});

export function jobsRoutes(deps: { jobs: JobsService }) {
  return newRouter()
    .openapi(startRescore, async (c) => {
      const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
      return c.json(await deps.jobs.enqueue(actor, 'rescore'), 202);
    })
    .openapi(getJob, async (c) => c.json(await deps.jobs.get(c.req.valid('param').id), 200));
}
