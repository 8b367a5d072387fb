import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../db/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { hasRole } from '../services/principal.ts';

/** 401 without a caller, 403 when the caller's role is below `role`. */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async function requireRoleMiddleware(c, next) {
    const principal = c.get('principal');
    if (!principal) throw new AppError('unauthorized', 'Sign in or send an API token');
    if (!hasRole(principal, role)) throw new AppError('forbidden', `This needs the ${role} role`);
    await next();
  };
}
