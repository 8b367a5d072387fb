import type { ErrorCode } from './types.ts';

// The one place that talks HTTP to the server: same-origin cookies, JSON, CSRF header, typed errors.

const API_ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'unavailable',
  'internal',
] as const satisfies readonly ErrorCode[];

/** The contract's error codes, plus `network` for a server that could not be reached at all. */
export type ApiErrorCode = ErrorCode | 'network';

export interface ApiErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: readonly ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;
let unauthorizedHandler: (() => void) | undefined;

/** Set from the login and `/api/auth/me` responses; sent on every request that changes state. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The CSRF header for a state-changing request sent outside `request()` (an XMLHttpRequest with upload progress). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

/** Called on any 401 (session expired, revoked, server restarted) so the app can return to the login page. */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Off for the login form and the start-up session check, where a 401 is an expected answer. */
  redirectOn401?: boolean;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  throw await errorOf(response, options.redirectOn401 !== false);
}

/** The typed error of a failed response (also for responses not fetched by `request()`); 401 goes to login. */
export async function errorOf(response: Response, redirectOn401 = true): Promise<ApiError> {
  const error = await parseError(response);
  if (error.status === 401 && redirectOn401) unauthorizedHandler?.();
  return error;
}

async function parseError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  const code = API_ERROR_CODES.find((known) => known === error?.code) ?? codeForStatus(response.status);
  const message = typeof error?.message === 'string' ? error.message : response.statusText;
  const details = Array.isArray(error?.details) ? error.details.filter(isDetail) : [];
  return new ApiError(response.status, code, message, details);
}

function isDetail(value: unknown): value is ApiErrorDetail {
  const detail = value as ApiErrorDetail | null;
  return typeof detail?.path === 'string' && typeof detail.message === 'string';
}

// A proxy or a crashed server may answer without the contract's body; the status still says enough.
function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'validation_failed';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  return 'internal';
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'internal', error instanceof Error ? error.message : String(error));
}
