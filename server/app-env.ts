import type { Principal } from './services/principal.ts';

/** Typed context variables (Hono's `Variables`); `requestId` is declared by hono/request-id itself. */
export interface AppEnv {
  Variables: {
    principal: Principal;
  };
}
