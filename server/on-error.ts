import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { AppError, errorBody } from './errors.ts';
import type { Logger } from './logger.ts';

/**
 * The one error mapper. Known errors keep their code; Hono's own (malformed JSON, wrong Content-Type) are
 * translated to the contract; a lost database is 503; anything else is logged with the request id and answered
 * as `internal`, with no stack trace or SQL in the body.
 */
export function toErrorResponse(err: Error, c: Context, logger: Logger): Response {
  const appError = asAppError(err);
  if (appError) {
    for (const [name, value] of Object.entries(appError.headers)) c.header(name, value);
    return c.json(
      errorBody(appError.code, appError.message, appError.details),
      appError.status as ContentfulStatusCode,
    );
  }
  logger.error(
    { reqId: c.get('requestId'), err: { name: err.name, message: err.message, stack: err.stack } },
    'unhandled',
  );
  return c.json(errorBody('internal', `Internal error (request ${c.get('requestId') ?? 'unknown'})`), 500);
}

function asAppError(err: Error): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    switch (err.status) {
      case 400:
        return new AppError('validation_failed', 'Malformed JSON in request body', {
          details: [{ path: 'body', message: 'is not valid JSON' }],
        });
      case 413:
        return new AppError('payload_too_large', 'Request body too large');
      case 415:
        return new AppError('validation_failed', 'Unsupported Content-Type: send application/json', {
          status: 415,
          details: [{ path: 'Content-Type', message: 'must be application/json' }],
        });
      default:
        return new AppError(err.status >= 500 ? 'internal' : 'validation_failed', err.message, {
          status: err.status,
        });
    }
  }
  if (isDatabaseUnavailable(err)) {
    return new AppError('unavailable', 'The database is unavailable; try again shortly', {
      headers: { 'Retry-After': '5' },
    });
  }
  return undefined;
}
