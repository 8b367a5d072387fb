import { request } from './client.ts';
import type {
  AuditEntry,
  AuthResponse,
  CreatedToken,
  Health,
  ItemList,
  Role,
  TokenRecord,
  UserRecord,
} from './types.ts';

// One typed function per endpoint the web app uses, so components never build URLs or guess shapes.

export const getHealth = (signal?: AbortSignal) => request<Health>('/api/health', { signal });

export const postLogin = (username: string, password: string) =>
  request<AuthResponse>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
    redirectOn401: false,
  });

export const getMe = (signal?: AbortSignal) =>
  request<AuthResponse>('/api/auth/me', { signal, redirectOn401: false });

export const postLogout = () => request<void>('/api/auth/logout', { method: 'POST', redirectOn401: false });

export const listUsers = (signal?: AbortSignal) => request<ItemList<UserRecord>>('/api/users', { signal });

export const createUser = (user: { username: string; password: string; role: Role }) =>
  request<UserRecord>('/api/users', { method: 'POST', body: user });

export const changeUserRole = (username: string, role: Role) =>
  request<UserRecord>(`/api/users/${encodeURIComponent(username)}`, { method: 'PATCH', body: { role } });

export const listTokens = (signal?: AbortSignal) => request<ItemList<TokenRecord>>('/api/tokens', { signal });

export const createToken = (token: { name: string; role: Role }) =>
  request<CreatedToken>('/api/tokens', { method: 'POST', body: token });

export const revokeToken = (id: string) =>
  request<void>(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const listAudit = (signal?: AbortSignal) =>
  request<ItemList<AuditEntry>>('/api/audit?limit=100', { signal });
