import {
  IngestResult,
  ReportDetail,
  ReportIdParam,
  ReportInput,
  ReportList,
  ReportListQuery,
} from '../contract/reports.ts';
import type { ReportsService } from '../services/reports-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const createReport = apiRoute('analyst', {
  method: 'post',
  path: '/api/reports',
  tags: ['Reports'],
  summary:
    'Store and score one report; the same externalId, or the same text for the same country and date, is a duplicate',
  request: { body: { required: true, content: { 'application/json': { schema: ReportInput } } } },
  responses: {
    201: jsonContent(IngestResult, 'Stored and scored'),
    200: jsonContent(IngestResult, 'A duplicate of a stored report: nothing new was stored'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const listReports = apiRoute('viewer', {
  method: 'get',
  path: '/api/reports',
  tags: ['Reports'],
  summary: 'Reports, newest first, filtered by country, date range and words; paginated by cursor',
  request: { query: ReportListQuery },
  responses: { 200: jsonContent(ReportList, 'A page of reports'), ...errorResponses(400, 401) },
});

const getReport = apiRoute('viewer', {
  method: 'get',
  path: '/api/reports/{id}',
  tags: ['Reports'],
  summary: 'One report with its full text and every hit',
  request: { params: ReportIdParam },
  responses: { 200: jsonContent(ReportDetail, 'The report'), ...errorResponses(400, 401, 404) },
});

export function reportsRoutes(deps: { reports: ReportsService }) {
  return newRouter()
    .openapi(createReport, async (c) => {
      const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
      const result = await deps.reports.ingest(actor, c.req.valid('json'));
      return result.duplicate ? c.json(result, 200) : c.json(result, 201);
    })
    .openapi(listReports, async (c) => c.json(await deps.reports.list(c.req.valid('query')), 200))
    .openapi(getReport, async (c) => c.json(await deps.reports.get(c.req.valid('param').id), 200));
}
