import { createRoute, OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import type { Role } from '../../db/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { ErrorResponse } from '../contract/common.ts';
import { issuesToDetails } from '../contract/issues.ts';
import { AppError } from '../errors.ts';
import { requireRole } from '../middleware/require-role.ts';

/** Who may call a route. The route table (and the OpenAPI document) carries it as `x-atalaya-access`. */
export type Access = Role | 'public';

export const ACCESS_EXTENSION = 'x-atalaya-access';

/**
 * Every API route is declared through here, so its role check, its OpenAPI security entry and the
 * authorization test's expectations all come from the one `access` value.
 */
export function apiRoute<const R extends Omit<RouteConfig, 'middleware' | 'security'>>(
  access: Access,
  config: R,
) {
  return createRoute({
    ...config,
    middleware: access === 'public' ? [] : [requireRole(access)],
    security: access === 'public' ? [] : [{ sessionCookie: [] }, { bearerToken: [] }],
    [ACCESS_EXTENSION]: access,
  } as R & { middleware: ReturnType<typeof requireRole>[] });
}

/** A JSON response entry for a route's `responses`. */
export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const ERROR_DESCRIPTIONS = {
  400: 'Invalid input: every bad field is listed in `details`',
  401: 'No valid session or API token',
  403: 'Role too low, or CSRF check failed',
  404: 'Not found',
  409: 'Conflict with the current state',
  413: 'Body too large',
  415: 'Unsupported Content-Type',
  429: 'Too many requests',
} as const;

/** The standard error responses of a route, in the contract's shape. */
export function errorResponses<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]) {
  const out = {} as Record<S, ReturnType<typeof jsonContent<typeof ErrorResponse>>>;
  for (const status of statuses) out[status] = jsonContent(ErrorResponse, ERROR_DESCRIPTIONS[status]);
  return out;
}

/** A sub-app whose validation failures become the contract's 400, naming each field. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const details = issuesToDetails(result.error.issues);
        const fields = [...new Set(details.map((d) => d.path))].join(', ');
        throw new AppError(
          'validation_failed',
          `Invalid ${TARGET_NAMES[result.target] ?? result.target}: ${fields}`,
          {
            details,
          },
        );
      }
    },
  });
}

const TARGET_NAMES: Record<string, string> = {
  json: 'request body',
  query: 'query parameters',
  param: 'path parameters',
  header: 'headers',
  form: 'form fields',
  cookie: 'cookies',
};
