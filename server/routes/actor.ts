import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Actor } from '../services/principal.ts';

/** Who is making this request, for the services that authorize and audit what it changes. */
export function actorOf(c: Context<AppEnv>): Actor {
  return { username: c.get('principal').username, requestId: c.get('requestId') };
}
