import { ProtectedName, ProtectedNameInput, ProtectedNameList } from '../contract/briefings.ts';
import { UuidParam } from '../contract/common.ts';
import type { BriefingService } from '../services/briefing-service.ts';
import { actorOf } from './actor.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const listNames = apiRoute('analyst', {
  method: 'get',
  path: '/api/protected-names',
  tags: ['Briefings'],
  summary:
    'Names of witnesses and monitors that briefings withhold (analysts only: the list itself is sensitive)',
  responses: { 200: jsonContent(ProtectedNameList, 'Protected names'), ...errorResponses(401, 403) },
});

const addName = apiRoute('analyst', {
  method: 'post',
  path: '/api/protected-names',
  tags: ['Briefings'],
  summary: 'Mark a name to withhold from briefings (matched ignoring case and accents; audited)',
  request: { body: { required: true, content: { 'application/json': { schema: ProtectedNameInput } } } },
  responses: {
    201: jsonContent(ProtectedName, 'Marked'),
    ...errorResponses(400, 401, 403, 409, 415),
  },
});

const removeName = apiRoute('analyst', {
  method: 'delete',
  path: '/api/protected-names/{id}',
  tags: ['Briefings'],
  summary: 'Stop withholding a name (audited)',
  request: { params: UuidParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404) },
});

export function protectedNamesRoutes(deps: { briefings: BriefingService }) {
  return newRouter()
    .openapi(listNames, async (c) => c.json(await deps.briefings.listProtectedNames(), 200))
    .openapi(addName, async (c) =>
      c.json(await deps.briefings.addProtectedName(actorOf(c), c.req.valid('json')), 201),
    )
    .openapi(removeName, async (c) => {
      await deps.briefings.removeProtectedName(actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
