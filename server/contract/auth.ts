import { z } from '@hono/zod-openapi';
import { Role, SafeString, Username } from './common.ts';

export const LoginRequest = z
  .strictObject({
    username: Username,
    // Not the password policy: a login must never reveal the policy, only succeed or fail.
    password: SafeString.pipe(z.string().min(1).max(1024)),
  })
  .openapi('LoginRequest');

export const CurrentUser = z.object({ username: z.string(), role: Role }).openapi('CurrentUser');

export const SessionResponse = z
  .object({
    user: CurrentUser,
    csrfToken: z
      .string()
      .openapi({ description: 'Send as X-CSRF-Token on every cookie-authenticated write.' }),
  })
  .openapi('Session');
export type SessionResponse = z.infer<typeof SessionResponse>;
