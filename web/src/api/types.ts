// Response shapes, taken from the server's contract module (the same zod schemas the OpenAPI document is
// made from), so a change there is a type error here. Type-only imports: nothing of the server is bundled.
import type { z } from 'zod';
import type { AuditEntry as ContractAuditEntry } from '../../../server/contract/audit.ts';
import type { SessionResponse } from '../../../server/contract/auth.ts';
import type { Role as ContractRole, ErrorResponse } from '../../../server/contract/common.ts';
import type { Health as ContractHealth } from '../../../server/contract/health.ts';
import type { ApiToken, CreatedToken as CreatedTokenSchema } from '../../../server/contract/tokens.ts';
import type { User as ContractUser } from '../../../server/contract/users.ts';

export type Role = ContractRole;
export type AuthResponse = SessionResponse;
export type User = SessionResponse['user'];
export type Health = ContractHealth;
export type UserRecord = ContractUser;
export type TokenRecord = ApiToken;
/** The only response that ever carries a token's secret value. */
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;
export type AuditEntry = ContractAuditEntry;
export type ErrorCode = ErrorResponse['error']['code'];

export interface ItemList<T> {
  items: T[];
}

/** Lowest to highest. Each role can do everything the previous one can. */
export const ROLES = ['viewer', 'analyst', 'admin'] as const satisfies readonly Role[];

export function hasRole(role: Role, atLeast: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(atLeast);
}
