import { AuditList, AuditQuery } from '../contract/audit.ts';
import type { AuditService } from '../services/audit-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const listAudit = apiRoute('admin', {
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary: 'Who changed which user, token, threshold or alert, and when (newest first)',
  request: { query: AuditQuery },
  responses: { 200: jsonContent(AuditList, 'Audit entries'), ...errorResponses(400, 401, 403) },
});

export function auditRoutes(deps: { audit: AuditService }) {
  return newRouter().openapi(listAudit, async (c) =>
    c.json({ items: await deps.audit.latest(c.req.valid('query').limit) }, 200),
  );
}
