import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable, Updateable } from 'kysely';

/** The one Kysely `Database` type: one interface per table, as the migrations create them. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
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
