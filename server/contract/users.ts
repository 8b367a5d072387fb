import { z } from '@hono/zod-openapi';
import { Password, Role, Username } from './common.ts';

export const User = z
  .object({ username: z.string(), role: Role, createdAt: z.iso.datetime() })
  .openapi('User');
export type User = z.infer<typeof User>;

export const UserList = z.object({ items: z.array(User) }).openapi('UserList');

export const CreateUserRequest = z
  .strictObject({ username: Username, password: Password, role: Role })
  .openapi('CreateUserRequest');

export const UpdateUserRequest = z.strictObject({ role: Role }).openapi('UpdateUserRequest');

export const UsernameParam = z.object({
  username: Username.openapi({ param: { name: 'username', in: 'path' } }),
});
