import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { DatabaseHandle } from '../db/client.ts';
import { AppError, errorBody } from './errors.ts';
import type { Logger } from './logger.ts';
import { accessLog } from './middleware/access-log.ts';
import { authenticate } from './middleware/authenticate.ts';
import { csrfGuard } from './middleware/csrf-guard.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { uploadLimit } from './middleware/upload-limit.ts';
import { toErrorResponse } from './on-error.ts';
import { alertsRoutes } from './routes/alerts.ts';
import { alertsFeedRoutes } from './routes/alerts-feed.ts';
import { apiDocsRoutes } from './routes/api-docs.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { briefingsRoutes } from './routes/briefings.ts';
import { countriesRoutes } from './routes/countries.ts';
import { healthRoutes } from './routes/health.ts';
import { hitReviewsRoutes } from './routes/hit-reviews.ts';
import { jobsRoutes } from './routes/jobs.ts';
import { newRouter } from './routes/openapi-route.ts';
import { protectedNamesRoutes } from './routes/protected-names.ts';
import { reportsRoutes } from './routes/reports.ts';
import { reportsBulkRoutes } from './routes/reports-bulk.ts';
import { reportsFileRoutes } from './routes/reports-file.ts';
import { scoringRoutes } from './routes/scoring.ts';
import { thresholdsRoutes } from './routes/thresholds.ts';
import { tokensRoutes } from './routes/tokens.ts';
import { usersRoutes } from './routes/users.ts';
import { webAppRoutes } from './routes/web-app.ts';
import { webhooksRoutes } from './routes/webhooks.ts';
import { createServices, type Services } from './services/index.ts';
import type { PasswordHasher } from './services/password-hasher.ts';

export interface AppDeps {
  database: DatabaseHandle;
  logger: Logger;
  passwords: PasswordHasher;
  version: string;
  maxBodyBytes: number;
  /** Largest bulk or file upload, in bytes (streamed, never held in memory whole). */
  maxUploadBytes: number;
  /** Largest single report file (PDF, DOCX…), in bytes. */
  maxFileBytes: number;
  sessionHours: number;
  trustProxy: boolean;
  /** Directory of the built web app; omitted in API-only tests. */
  webRoot?: string;
  now?: () => Date;
  /** Outgoing HTTP for webhooks (default: global fetch). */
  fetch?: typeof fetch;
}

const PUBLIC_PATHS = ['/api/health', '/api/auth/login'];

/** Builds the whole HTTP app from its dependencies; does no I/O of its own (main.ts does). */
export function createApp(deps: AppDeps): { app: ReturnType<typeof newRouter>; services: Services } {
  const services = createServices({
    database: deps.database,
    passwords: deps.passwords,
    now: deps.now ?? (() => new Date()),
    sessionHours: deps.sessionHours,
    logger: deps.logger,
    fetch: deps.fetch,
  });
  const isHttps = (c: Context) =>
    new URL(c.req.url).protocol === 'https:' ||
    (deps.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https');
  const clientAddress = (c: Context) => {
    if (deps.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown'; // app.request() in tests has no socket
    }
  };

  const app = newRouter();
  app.use('*', requestId(), accessLog({ logger: deps.logger }), securityHeaders());
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError('payload_too_large', `Request body is larger than ${maxSize} bytes`);
      },
    });
  const jsonLimit = limit(deps.maxBodyBytes);
  const bulkSizeLimit = uploadLimit({ maxBytes: deps.maxUploadBytes });
  // A file is read whole anyway (a PDF cannot be parsed as it streams), so Hono's buffering limit fits it: the
  // extraction limit plus room for the form fields.
  const fileSizeLimit = limit(deps.maxFileBytes + 64 * 1024);
  app.use(
    '/api/*',
    // Uploads are streamed and may be large; every other body is JSON and small.
    (c, next) =>
      c.req.path === '/api/reports/bulk'
        ? bulkSizeLimit(c, next)
        : c.req.path === '/api/reports/file'
          ? fileSizeLimit(c, next)
          : jsonLimit(c, next),
    authenticate({ auth: services.auth, publicPaths: PUBLIC_PATHS }),
    csrfGuard(),
  );

  app
    .route('/', healthRoutes({ database: deps.database, version: deps.version }))
    .route('/', authRoutes({ auth: services.auth, isHttps, clientAddress }))
    .route('/', usersRoutes({ users: services.users }))
    .route('/', tokensRoutes({ tokens: services.tokens }))
    .route('/', auditRoutes({ audit: services.audit }))
    .route('/', scoringRoutes({ scoring: services.scoring }))
    .route('/', reportsBulkRoutes({ bulk: services.bulk, logger: deps.logger }))
    .route('/', reportsFileRoutes({ reports: services.reports, maxFileBytes: deps.maxFileBytes }))
    .route('/', reportsRoutes({ reports: services.reports }))
    .route('/', hitReviewsRoutes({ reviews: services.reviews }))
    .route('/', thresholdsRoutes({ thresholds: services.thresholds }))
    .route('/', alertsFeedRoutes({ alerts: services.alerts }))
    .route('/', alertsRoutes({ alerts: services.alerts }))
    .route('/', webhooksRoutes({ webhooks: services.webhooks }))
    .route('/', countriesRoutes({ risk: services.risk }))
    .route('/', briefingsRoutes({ briefings: services.briefings }))
    .route('/', protectedNamesRoutes({ briefings: services.briefings }))
    .route('/', jobsRoutes({ jobs: services.jobs }));

  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'atalaya_session',
    description: 'Set by POST /api/auth/login. Writes also need the X-CSRF-Token header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerToken', { type: 'http', scheme: 'bearer' });
  let document: Record<string, unknown> | undefined;
  app.route(
    '/',
    apiDocsRoutes({
      document: () =>
        (document ??= app.getOpenAPI31Document({
          openapi: '3.1.0',
          info: {
            title: 'Atalaya API',
            version: deps.version,
            description:
              'Early-warning dashboard for atrocity crimes. Errors: {error: {code, message, details}}.',
          },
        }) as unknown as Record<string, unknown>),
    }),
  );

  app.all('/api/*', () => {
    throw new AppError('not_found', 'No such API route');
  });
  if (deps.webRoot) app.route('/', webAppRoutes({ root: deps.webRoot }));

  app.notFound((c) => c.json(errorBody('not_found', 'Not found'), 404));
  app.onError((err, c) => toErrorResponse(err, c, deps.logger));
  return { app, services };
}

export type App = ReturnType<typeof createApp>['app'];
