import { CreateUserRequest, UpdateUserRequest, User, UserList, UsernameParam } from '../contract/users.ts';
import type { UsersService } from '../services/users-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const listUsers = apiRoute('admin', {
  method: 'get',
  path: '/api/users',
  tags: ['Users'],
  summary: 'All users and their roles',
  responses: { 200: jsonContent(UserList, 'Users'), ...errorResponses(401, 403) },
});

const createUser = apiRoute('admin', {
  method: 'post',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Create a user (audited)',
  request: { body: { required: true, content: { 'application/json': { schema: CreateUserRequest } } } },
  responses: { 201: jsonContent(User, 'Created'), ...errorResponses(400, 401, 403, 409, 415) },
});

const updateUser = apiRoute('admin', {
  method: 'patch',
  path: '/api/users/{username}',
  tags: ['Users'],
  summary: "Change a user's role; it takes effect on their next request (audited)",
  request: {
    params: UsernameParam,
    body: { required: true, content: { 'application/json': { schema: UpdateUserRequest } } },
  },
  responses: { 200: jsonContent(User, 'Updated'), ...errorResponses(400, 401, 403, 404, 409, 415) },
});

export function usersRoutes(deps: { users: UsersService }) {
  return newRouter()
    .openapi(listUsers, async (c) => c.json({ items: await deps.users.list() }, 200))
    .openapi(createUser, async (c) => {
      const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
      return c.json(await deps.users.create(actor, c.req.valid('json')), 201);
    })
    .openapi(updateUser, async (c) => {
      const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
      const { username } = c.req.valid('param');
      return c.json(await deps.users.changeRole(actor, username, c.req.valid('json').role), 200);
    });
}
