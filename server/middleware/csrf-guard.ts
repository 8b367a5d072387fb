import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { constantTimeEqual } from '../services/secrets.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes need the session's CSRF token in `X-CSRF-Token` (synchronizer token), and a
 * browser that says where the request came from must say it came from us (Origin / Sec-Fetch-Site). Hono's
 * csrf() checks only form content types, and JSON relies on CORS, which we never enable (stack-notes).
 * Bearer-token requests carry no ambient credential and pass.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async function csrfGuardMiddleware(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (
      !isSameOrigin(c.req.header('origin'), c.req.header('sec-fetch-site'), c.req.url, c.req.header('host'))
    ) {
      throw new AppError('forbidden', 'Cross-site request refused');
    }
    const principal = c.get('principal');
    if (principal?.kind === 'session') {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!principal.csrfToken || !constantTimeEqual(sent, principal.csrfToken)) {
        throw new AppError('forbidden', 'Missing or invalid CSRF token (send X-CSRF-Token)', {
          details: [{ path: 'X-CSRF-Token', message: 'must match the token given at sign-in' }],
        });
      }
    }
    return next();
  };
}

function isSameOrigin(origin: string | undefined, fetchSite: string | undefined, url: string, host?: string) {
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  if (!origin) return true;
  if (origin === 'null') return false;
  try {
    const from = new URL(origin);
    return from.host === (host ?? new URL(url).host);
  } catch {
    return false;
  }
}
