/** The contract's error codes (api-contract.md); the only ones a response may carry. */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export interface ErrorDetail {
  path: string;
  message: string;
}

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** Thrown by services and middleware; `app.onError` turns it into the contract's body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: ErrorDetail[]; status?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? STATUS[code];
    this.details = options.details ?? [];
    this.headers = options.headers ?? {};
  }
}

export function errorBody(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
  return { error: { code, message, details } };
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const invalid = (path: string, message: string) =>
  new AppError('validation_failed', `Invalid ${path}: ${message}`, { details: [{ path, message }] });

/** 400 naming `to` when a period ends before it starts (every from/to pair of the API). */
export function assertPeriod(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw invalid('to', 'must not be before from');
}
