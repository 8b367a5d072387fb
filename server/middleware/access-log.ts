import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';

/**
 * One line per request with its id, method, path (no query string: it may hold search terms), status, time and
 * who asked. Bodies are never logged: they carry report text.
 */
export function accessLog(options: { logger: Logger }): MiddlewareHandler {
  return async function accessLogMiddleware(c, next) {
    const started = performance.now();
    await next();
    const principal = c.get('principal' as never) as { username?: string } | undefined;
    const entry = {
      reqId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      user: principal?.username,
    };
    if (c.res.status >= 500) options.logger.error(entry, 'request failed');
    else options.logger.info(entry, 'request');
  };
}
