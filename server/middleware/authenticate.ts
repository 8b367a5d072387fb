import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import type { AuthService } from '../services/auth-service.ts';

export const SESSION_COOKIE = 'atalaya_session';

/**
 * Resolves the caller from `Authorization: Bearer` or the session cookie and stores it as `principal`.
 * Paths in `publicPaths` pass without one; everything else under /api answers 401.
 */
export function authenticate(options: {
  auth: AuthService;
  publicPaths: string[];
}): MiddlewareHandler<AppEnv> {
  const open = new Set(options.publicPaths);
  return async function authenticateMiddleware(c, next) {
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const principal = match ? await options.auth.principalFromToken(match[1]!) : undefined;
      // A wrong token is an error even on public paths: a script should learn its token is dead.
      if (!principal) throw new AppError('unauthorized', 'Invalid or revoked API token');
      c.set('principal', principal);
      return next();
    }
    // Public paths never act on a session. A cookie there could only get in the way: one planted by another
    // site (or a stale one) would make sign-in demand that session's CSRF token and refuse the real user.
    if (open.has(c.req.path)) return next();
    const sessionId = getCookie(c, SESSION_COOKIE);
    const principal = sessionId ? await options.auth.principalFromSession(sessionId) : undefined;
    if (!principal) throw new AppError('unauthorized', 'Sign in or send an API token');
    c.set('principal', principal);
    return next();
  };
}
