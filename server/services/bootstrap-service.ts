import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { countUsers } from '../../db/queries/users.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import type { TokensService } from './tokens-service.ts';
import type { UsersService } from './users-service.ts';

export interface BootstrapResult {
  created: boolean;
  /** Set only when the password was generated: the caller prints it once, to the console, never to the log. */
  generatedPassword?: string;
  tokenCreated: boolean;
}

/** First start with no users: creates `admin`, and the bootstrap token when one is configured (api-contract). */
export async function bootstrapFirstAdmin(
  deps: { db: Kysely<Database>; users: UsersService; tokens: TokensService },
  options: { adminPassword?: string | undefined; bootstrapToken?: string | undefined },
): Promise<BootstrapResult> {
  if ((await countUsers(deps.db)) > 0) return { created: false, tokenCreated: false };
  const generated = options.adminPassword ? undefined : randomBytes(18).toString('base64url');
  const system = { username: 'system' };
  try {
    await deps.users.create(system, {
      username: 'admin',
      password: options.adminPassword ?? generated!,
      role: 'admin',
    });
  } catch (err) {
    // Several processes starting at once on an empty PostgreSQL database: one of them creates the admin (and
    // the bootstrap token); the others find the name taken and carry on.
    if (err instanceof AppError && err.code === 'conflict') return { created: false, tokenCreated: false };
    throw err;
  }
  if (options.bootstrapToken) {
    await deps.tokens.create(system, { name: 'bootstrap', role: 'admin', token: options.bootstrapToken });
  }
  return {
    created: true,
    ...(generated ? { generatedPassword: generated } : {}),
    tokenCreated: Boolean(options.bootstrapToken),
  };
}
