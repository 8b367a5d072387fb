import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { LoginRequest, SessionResponse } from '../contract/auth.ts';
import { SESSION_COOKIE } from '../middleware/authenticate.ts';
import type { AuthService } from '../services/auth-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const login = apiRoute('public', {
  method: 'post',
  path: '/api/auth/login',
  tags: ['Auth'],
  summary: 'Sign in: sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token',
  request: { body: { required: true, content: { 'application/json': { schema: LoginRequest } } } },
  responses: { 200: jsonContent(SessionResponse, 'Signed in'), ...errorResponses(400, 401, 403, 415, 429) },
});

const me = apiRoute('viewer', {
  method: 'get',
  path: '/api/auth/me',
  tags: ['Auth'],
  summary: 'The signed-in user and the CSRF token for this session',
  responses: { 200: jsonContent(SessionResponse, 'Current user'), ...errorResponses(401) },
});

const logout = apiRoute('viewer', {
  method: 'post',
  path: '/api/auth/logout',
  tags: ['Auth'],
  summary: 'Sign out: the session ends on the server at once',
  responses: { 204: { description: 'Signed out' }, ...errorResponses(401, 403) },
});

export interface AuthRoutesDeps {
  auth: AuthService;
  /** Whether this request reached us over HTTPS (directly or via a trusted proxy). */
  isHttps: (c: Context) => boolean;
  clientAddress: (c: Context) => string;
}

export function authRoutes(deps: AuthRoutesDeps) {
  return newRouter()
    .openapi(login, async (c) => {
      const { username, password } = c.req.valid('json');
      const session = await deps.auth.login(username, password, deps.clientAddress(c));
      setCookie(c, SESSION_COOKIE, session.sessionId, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: deps.isHttps(c),
        path: '/',
        expires: session.expiresAt,
      });
      return c.json({ user: session.user, csrfToken: session.csrfToken }, 200);
    })
    .openapi(me, (c) => {
      const p = c.get('principal');
      return c.json({ user: { username: p.username, role: p.role }, csrfToken: p.csrfToken ?? '' }, 200);
    })
    .openapi(logout, async (c: Context<AppEnv>) => {
      const p = c.get('principal');
      if (p.sessionIdHash) await deps.auth.logout(p.sessionIdHash);
      deleteCookie(c, SESSION_COOKIE, {
        path: '/',
        secure: deps.isHttps(c),
        sameSite: 'Strict',
        httpOnly: true,
      });
      return c.body(null, 204);
    });
}
