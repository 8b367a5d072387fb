import { z } from 'zod';

const Bool01 = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Every environment variable the server reads, parsed once at start (never at request time). */
export const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /**
   * PostgreSQL connections per app process. Ingest holds one for a whole chunk (and may wait on a country's
   * lock), so the pool must leave room for reads; with several processes, keep processes × this under the
   * server's max_connections (docs/SCALING.md).
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  ATALAYA_DATA_DIR: z.string().min(1).default('./data'),
  ATALAYA_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  ATALAYA_BOOTSTRAP_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  ATALAYA_DEMO: Bool01.default(true),
  /** Largest accepted JSON body, in bytes. */
  ATALAYA_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /** Largest bulk (NDJSON/CSV) or file upload, in bytes: streamed, so this bounds time, not memory. */
  ATALAYA_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024 * 1024),
  /** Largest single report file (PDF, DOCX, HTML…) in bytes: read whole, so it bounds memory per upload. */
  ATALAYA_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Behind a reverse proxy: trust X-Forwarded-For / X-Forwarded-Proto (for rate limits and Secure cookies). */
  ATALAYA_TRUST_PROXY: Bool01.default(false),
  ATALAYA_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Env = z.infer<typeof Env>;

/** Parses the environment or throws one message naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means unset (compose files pass `${VAR:-}` through as "").
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = Env.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
