import { UuidParam } from '../contract/common.ts';
import { ApiTokenList, CreatedToken, CreateTokenRequest } from '../contract/tokens.ts';
import type { TokensService } from '../services/tokens-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const listTokens = apiRoute('admin', {
  method: 'get',
  path: '/api/tokens',
  tags: ['Tokens'],
  summary: 'API tokens (never their secret)',
  responses: { 200: jsonContent(ApiTokenList, 'Tokens'), ...errorResponses(401, 403) },
});

const createToken = apiRoute('admin', {
  method: 'post',
  path: '/api/tokens',
  tags: ['Tokens'],
  summary: 'Create an API token for scripts; the token is shown once (audited)',
  request: { body: { required: true, content: { 'application/json': { schema: CreateTokenRequest } } } },
  responses: { 201: jsonContent(CreatedToken, 'Created'), ...errorResponses(400, 401, 403, 415) },
});

const revokeToken = apiRoute('admin', {
  method: 'delete',
  path: '/api/tokens/{id}',
  tags: ['Tokens'],
  summary: 'Revoke a token; it stops working on the next request (audited)',
  request: { params: UuidParam },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(400, 401, 403, 404) },
});

export function tokensRoutes(deps: { tokens: TokensService }) {
  return newRouter()
    .openapi(listTokens, async (c) => c.json({ items: await deps.tokens.list() }, 200))
    .openapi(createToken, async (c) => {
      const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
      c.header('Cache-Control', 'no-store');
      return c.json(await deps.tokens.create(actor, c.req.valid('json')), 201);
    })
    .openapi(revokeToken, async (c) => {
      const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
      await deps.tokens.revoke(actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
