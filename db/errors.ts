/** Database error classification by SQLSTATE / errno, never by class: the classes differ between backends. */
interface CodedError {
  code?: unknown;
}

export function isUniqueViolation(err: unknown): boolean {
  return (err as CodedError)?.code === '23505';
}

const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

/** True when the database cannot be reached (server down, restarting, or refusing connections). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = (err as CodedError)?.code;
  if (typeof code === 'string') {
    // 08xxx connection exceptions, 57P01-57P03 admin shutdown / crash shutdown / cannot connect now.
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
    if (CONNECTION_ERRNOS.has(code)) return true;
    if (code === 'ATALAYA_DATABASE_CLOSED') return true; // db/closed-guard.ts: the app is shutting down
  }
  const message = err instanceof Error ? err.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}
