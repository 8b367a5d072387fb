import { z } from '@hono/zod-openapi';
import type { BackupTableName } from '../../db/queries/backup.ts';
import { SafeString } from '../contract/common.ts';

/**
 * The backup file (`npm run cli -- export-all`): NDJSON, optionally gzipped. Line 1 is a `BackupHeader`; every
 * other line is `{"table": …, "row": {…}}`, one row of one table, tables in the header's (dependency) order. Each
 * row is PostgreSQL's own JSON form of the row (to_jsonb), so values read back exactly: timestamps in UTC with
 * microseconds, floats with the shortest exact digits, arrays and jsonb as JSON. Secrets are not in it: no
 * password hashes, no sessions or API tokens, and webhook secrets only when asked for.
 */
export const BACKUP_FORMAT = 'atalaya-backup';
/** Raised when the file layout changes; the row shapes follow `schemaVersion` (the last migration). */
export const BACKUP_VERSION = 1;

const Timestamp = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2}){0,2})$/,
    'must be a timestamp with its offset, such as 2026-03-01T12:00:00.123456+00:00',
  );
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD');
const Text = SafeString;
const Uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a UUID');
const Iso3 = Text.pipe(z.string().length(3, 'must be 3 characters'));
const Int4 = z
  .number()
  .int()
  .min(-(2 ** 31))
  .max(2 ** 31 - 1);
/** bigint ids: JSON numbers, exact up to 2^53 (a restore refuses larger ones rather than round them). */
const Int8 = z.number().int().refine(Number.isSafeInteger, 'must be an integer below 2^53');
/** PostgreSQL writes the float values that are not JSON numbers as strings. */
const Float = z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])]);
const Json = z.json();
const Role = z.enum(['viewer', 'analyst', 'admin']);
const Kind = z.enum(['level', 'rise']);

const rowSchemas = {
  // No password_hash: a restored user signs in only after `npm run cli -- reset-password NAME`.
  users: z.strictObject({
    id: Uuid,
    username: Text,
    role: Role,
    created_at: Timestamp,
    updated_at: Timestamp,
  }),
  audit_log: z.strictObject({
    id: Int8,
    at: Timestamp,
    actor: Text,
    action: Text,
    target_type: Text,
    target_id: Text,
    details: Json,
    request_id: Text.nullable(),
  }),
  reports: z.strictObject({
    id: Uuid,
    external_id: Text.nullable(),
    country: Iso3,
    report_date: Day,
    period_start: Day.nullable(),
    period_end: Day.nullable(),
    title: Text.nullable(),
    lang: Text,
    scored: z.boolean(),
    text: Text,
    text_hash: Text,
    source_name: Text.nullable(),
    source_url: Text.nullable(),
    reliability: Text,
    tags: z.array(Text),
    score: Float,
    risk_factors: Json,
    crimes: Json,
    catalog_version: Text,
    synthetic: z.boolean(),
    created_by: Text,
    created_at: Timestamp,
  }),
  hits: z.strictObject({
    id: Int8,
    report_id: Uuid,
    indicator_id: Text,
    risk_factors: z.array(Text),
    crimes: z.array(Text),
    legal_basis: z.array(Text),
    evidence_text: Text,
    evidence_start: Int4,
    evidence_end: Int4,
    negated: z.boolean(),
    context: Text,
    weight: Float,
    magnitude: Float.nullable(),
    matches: Json,
    groups: Json,
  }),
  hit_reviews: z.strictObject({
    report_id: Uuid,
    indicator_id: Text,
    evidence_start: Int4,
    evidence_end: Int4,
    decision: z.enum(['confirmed', 'rejected']),
    note: Text.nullable(),
    reviewed_by: Text,
    reviewed_at: Timestamp,
  }),
  thresholds: z.strictObject({
    id: Uuid,
    name: Text,
    country: Iso3.nullable(),
    metric: Text,
    kind: Kind,
    value: Float,
    window_days: Int4.nullable(),
    persistence_days: Int4,
    enabled: z.boolean(),
    built_in: z.boolean(),
    created_by: Text,
    created_at: Timestamp,
    updated_at: Timestamp,
  }),
  alerts: z.strictObject({
    id: Uuid,
    threshold_id: Uuid.nullable(),
    threshold_name: Text,
    country: Iso3,
    metric: Text,
    kind: Text,
    threshold_value: Float,
    value: Float,
    change: Float,
    latest_value: Float,
    triggered_at: Day,
    holding: z.boolean(),
    cleared_at: Day.nullable(),
    status: z.enum(['open', 'acknowledged', 'resolved']),
    assignee: Text.nullable(),
    risk_factors: z.array(Text),
    created_at: Timestamp,
    updated_at: Timestamp,
  }),
  alert_events: z.strictObject({
    id: Int8,
    alert_id: Uuid,
    at: Timestamp,
    actor: Text,
    action: Text,
    note: Text.nullable(),
    details: Json,
  }),
  alert_reports: z.strictObject({ alert_id: Uuid, report_id: Uuid, added_at: Timestamp }),
  alert_queue: z.strictObject({ country: Iso3, requested_at: Timestamp, version: Int8 }),
  webhooks: z.strictObject({
    id: Uuid,
    name: Text,
    url: Text,
    // Present only in a backup made with --include-secrets.
    secret: Text.optional(),
    threshold_id: Uuid.nullable(),
    enabled: z.boolean(),
    created_by: Text,
    created_at: Timestamp,
  }),
  webhook_deliveries: z.strictObject({
    id: Uuid,
    webhook_id: Uuid,
    alert_id: Uuid.nullable(),
    event: Text,
    payload: Json,
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: Int4,
    last_status: Int4.nullable(),
    last_error: Text.nullable(),
    next_attempt_at: Timestamp.nullable(),
    created_at: Timestamp,
    delivered_at: Timestamp.nullable(),
  }),
  country_days: z.strictObject({
    country: Iso3,
    day: Day,
    reports: Int4,
    reports_to_date: Int4,
    daily: z.array(Float),
    state: z.array(Float),
  }),
  structural_risk: z.strictObject({
    country: Iso3,
    source: Text,
    risk: Float,
    rank: Int4.nullable(),
    forecast_window: Text,
    base_year: Int4,
    imported_by: Text,
    imported_at: Timestamp,
  }),
  jobs: z.strictObject({
    id: Uuid,
    kind: Text,
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: Json,
    error: Text.nullable(),
    created_by: Text,
    created_at: Timestamp,
    started_at: Timestamp.nullable(),
    finished_at: Timestamp.nullable(),
    heartbeat_at: Timestamp.nullable(),
    dedupe_key: Text.nullable(),
  }),
  protected_names: z.strictObject({
    id: Uuid,
    name: Text,
    folded: Text,
    note: Text.nullable(),
    created_by: Text,
    created_at: Timestamp,
  }),
} satisfies Record<BackupTableName, z.ZodType>;

/** The shape of one row of each table in a backup (the table's columns as to_jsonb writes them). */
export const BackupRow: { [T in BackupTableName]: (typeof rowSchemas)[T] } = rowSchemas;

/** What line 1 says first: enough to refuse another format or a newer layout with a clear message. */
export const BackupIdentity = z.object({ format: z.string(), version: z.number() });

export const BackupHeader = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** The last migration applied to the database the backup was made from. */
  schemaVersion: Text.pipe(z.string().min(1)),
  /** The version of the indicator catalog of the program that made it (stored scores name their own). */
  catalogVersion: Text.pipe(z.string().min(1)),
  exportedAt: Timestamp,
  /** True when webhook secrets were included (--include-secrets). */
  webhookSecrets: z.boolean(),
  /** Every table, in the order its rows follow, with its row count (a shorter file is refused as truncated). */
  tables: z.array(z.strictObject({ name: Text, rows: z.number().int().min(0) })),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const BackupLine = z.strictObject({
  table: Text,
  row: z.record(z.string(), z.unknown()),
});
