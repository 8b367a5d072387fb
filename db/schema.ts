import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable, Updateable } from 'kysely';

/** The one Kysely `Database` type: one interface per table, as the migrations create them. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  reports: ReportsTable;
  hits: HitsTable;
  hit_reviews: HitReviewsTable;
  thresholds: ThresholdsTable;
  alerts: AlertsTable;
  alert_events: AlertEventsTable;
  alert_reports: AlertReportsTable;
  alert_queue: AlertQueueTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  country_days: CountryDaysTable;
  jobs: JobsTable;
  structural_risk: StructuralRiskTable;
  protected_names: ProtectedNamesTable;
}

export type Role = 'viewer' | 'analyst' | 'admin';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface UsersTable {
  id: Generated<string>;
  username: string;
  password_hash: string;
  role: Role;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;

/** Server-side sessions: the cookie holds a random id, the table only its SHA-256. */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}
export type SessionRow = Selectable<SessionsTable>;

/** API tokens for scripts: stored as SHA-256, shown once at creation. */
export interface ApiTokensTable {
  id: Generated<string>;
  name: string;
  role: Role;
  token_hash: string;
  created_by: string;
  created_at: CreatedAt;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}
export type ApiTokenRow = Selectable<ApiTokensTable>;

export interface AuditLogTable {
  id: Generated<string>;
  at: CreatedAt;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  details: JSONColumnType<Record<string, unknown>, string, string>;
  request_id: string | null;
}
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;

/** Fixed-window counters, kept in the database so several app processes share them. */
export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

/** A situation report as stored: its text, metadata, and the score the catalog `catalog_version` gave it. */
export interface ReportsTable {
  id: Generated<string>;
  external_id: string | null;
  country: string;
  /** `date` columns come back as strings (pg type parser set in db/client.ts): no time-zone shifts. */
  report_date: string;
  period_start: string | null;
  period_end: string | null;
  title: string | null;
  lang: string;
  scored: boolean;
  text: string;
  text_hash: string;
  source_name: string | null;
  source_url: string | null;
  reliability: Generated<string>;
  tags: Generated<string[]>;
  score: number;
  risk_factors: JSONColumnType<Record<string, number>, string, string>;
  crimes: JSONColumnType<Record<string, number>, string, string>;
  catalog_version: string;
  synthetic: Generated<boolean>;
  created_by: string;
  created_at: CreatedAt;
}
export type ReportRow = Selectable<ReportsTable>;
export type NewReportRow = Insertable<ReportsTable>;

/** One indicator that fired on one sentence of a report, with its quoted evidence. */
export interface HitsTable {
  id: Generated<string>;
  report_id: string;
  indicator_id: string;
  risk_factors: string[];
  crimes: string[];
  legal_basis: string[];
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  negated: boolean;
  context: string;
  weight: number;
  magnitude: number | null;
  matches: JSONColumnType<Array<{ start: number; end: number }>, string, string>;
  groups: JSONColumnType<Array<{ start: number; end: number; text: string; kind: string }>, string, string>;
}
export type HitRow = Selectable<HitsTable>;
export type NewHitRow = Insertable<HitsTable>;

/** An analyst's judgement of a hit, keyed by what it judges so that it survives a rescore. */
export interface HitReviewsTable {
  report_id: string;
  indicator_id: string;
  evidence_start: number;
  evidence_end: number;
  decision: 'confirmed' | 'rejected';
  note: string | null;
  reviewed_by: string;
  reviewed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export type HitReviewRow = Selectable<HitReviewsTable>;

/** Per country and day with reports: the day's combined values and the decayed evidence (indicators/risk). */
export interface CountryDaysTable {
  country: string;
  day: string;
  reports: number;
  reports_to_date: number;
  daily: number[];
  state: number[];
}
export type CountryDayRow = Selectable<CountryDaysTable>;

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A unit of background work, claimed by one process at a time (FOR UPDATE SKIP LOCKED). */
export interface JobsTable {
  id: Generated<string>;
  kind: string;
  status: Generated<JobStatus>;
  progress: JSONColumnType<Record<string, unknown>, string | undefined, string>;
  error: string | null;
  created_by: string;
  created_at: CreatedAt;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  heartbeat_at: NullableTimestamp;
  dedupe_key: string | null;
}
export type JobRow = Selectable<JobsTable>;

/** A statistical forecast of a country's risk from an outside model (source `ewp`: the Early Warning Project). */
export interface StructuralRiskTable {
  country: string;
  source: string;
  risk: number;
  rank: number | null;
  forecast_window: string;
  base_year: number;
  imported_by: string;
  imported_at: CreatedAt;
}
export type StructuralRiskRow = Selectable<StructuralRiskTable>;

type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

/** A condition on a metric of one country (or all) that raises alerts. */
export interface ThresholdsTable {
  id: Generated<string>;
  name: string;
  country: string | null;
  metric: string;
  kind: 'level' | 'rise';
  value: number;
  window_days: number | null;
  persistence_days: Generated<number>;
  enabled: Generated<boolean>;
  built_in: Generated<boolean>;
  created_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
export type ThresholdRow = Selectable<ThresholdsTable>;

export type AlertStatus = 'open' | 'acknowledged' | 'resolved';

export interface AlertsTable {
  id: Generated<string>;
  threshold_id: string | null;
  threshold_name: string;
  country: string;
  metric: string;
  kind: 'level' | 'rise';
  threshold_value: number;
  value: number;
  change: number;
  latest_value: number;
  triggered_at: string;
  holding: boolean;
  cleared_at: string | null;
  status: Generated<AlertStatus>;
  assignee: string | null;
  risk_factors: string[];
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
export type AlertRow = Selectable<AlertsTable>;
export type NewAlertRow = Insertable<AlertsTable>;

export interface AlertEventsTable {
  id: Generated<string>;
  alert_id: string;
  at: CreatedAt;
  actor: string;
  action: string;
  note: string | null;
  details: JSONColumnType<Record<string, unknown>, string, string>;
}

export interface AlertReportsTable {
  alert_id: string;
  report_id: string;
  added_at: CreatedAt;
}

export interface AlertQueueTable {
  country: string;
  requested_at: CreatedAt;
  version: ColumnType<string, string | number | undefined, string | number>;
}

export interface WebhooksTable {
  id: Generated<string>;
  name: string;
  url: string;
  secret: string;
  threshold_id: string | null;
  enabled: Generated<boolean>;
  created_by: string;
  created_at: CreatedAt;
}
export type WebhookRow = Selectable<WebhooksTable>;

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  webhook_id: string;
  alert_id: string | null;
  event: string;
  payload: JSONColumnType<Record<string, unknown>, string, string>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  last_status: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
  created_at: CreatedAt;
  delivered_at: Date | null;
}
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;

/** Names of witnesses or monitors that briefings withhold (source protection); `folded` is the matching key. */
export interface ProtectedNamesTable {
  id: Generated<string>;
  name: string;
  folded: string;
  note: string | null;
  created_by: string;
  created_at: CreatedAt;
}
export type ProtectedNameRow = Selectable<ProtectedNamesTable>;
