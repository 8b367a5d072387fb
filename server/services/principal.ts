import type { Role } from '../../db/schema.ts';

/** Who is making a request, and how they proved it. */
export interface Principal {
  kind: 'session' | 'token';
  username: string;
  role: Role;
  /** Session principals only: the CSRF token their writes must carry. */
  csrfToken?: string;
  sessionIdHash?: string;
  tokenId?: string;
}

/** What a service needs to know about the caller to authorize and audit a change. */
export interface Actor {
  username: string;
  requestId?: string | undefined;
}

const RANK: Record<Role, number> = { viewer: 1, analyst: 2, admin: 3 };

export function hasRole(principal: Pick<Principal, 'role'>, needed: Role): boolean {
  return RANK[principal.role] >= RANK[needed];
}
