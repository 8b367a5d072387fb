import { z } from '@hono/zod-openapi';
import { API_DOCS_CSS, renderApiDocs } from './api-docs-page.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const openapiJson = apiRoute('viewer', {
  method: 'get',
  path: '/api/openapi.json',
  tags: ['Reference'],
  summary: 'This OpenAPI 3.1 document, generated from the zod schemas the server validates with',
  responses: {
    200: jsonContent(z.record(z.string(), z.unknown()), 'OpenAPI document'),
    ...errorResponses(401),
  },
});

const docsPage = apiRoute('viewer', {
  method: 'get',
  path: '/api/docs',
  tags: ['Reference'],
  summary: 'Readable API reference',
  responses: { 200: { description: 'HTML page' }, ...errorResponses(401) },
});

const docsCss = apiRoute('viewer', {
  method: 'get',
  path: '/api/docs.css',
  tags: ['Reference'],
  summary: 'Stylesheet of the reference page',
  responses: { 200: { description: 'CSS' }, ...errorResponses(401) },
});

/** `document` is read lazily: it describes the whole app, which is complete only after every route is mounted. */
export function apiDocsRoutes(deps: { document: () => Record<string, unknown> }) {
  return newRouter()
    .openapi(openapiJson, (c) => c.json(deps.document(), 200))
    .openapi(docsPage, async (c) => c.html(await renderApiDocs(deps.document() as never)))
    .openapi(docsCss, (c) => c.body(API_DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
