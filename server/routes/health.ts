import type { DatabaseHandle } from '../../db/client.ts';
import { Health } from '../contract/health.ts';
import { apiRoute, jsonContent, newRouter } from './openapi-route.ts';

const getHealth = apiRoute('public', {
  method: 'get',
  path: '/api/health',
  tags: ['Health'],
  summary: 'Liveness and database reachability',
  responses: {
    200: jsonContent(Health, 'The server and its database answer'),
    503: jsonContent(Health, 'The database is unreachable'),
  },
});

const PING_TIMEOUT_MS = 2_000;

export function healthRoutes(deps: { database: DatabaseHandle; version: string }) {
  return newRouter().openapi(getHealth, async (c) => {
    const base = { database: deps.database.backend, version: deps.version };
    const reachable = await withTimeout(deps.database.ping(), PING_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
    c.header('Cache-Control', 'no-store');
    return reachable
      ? c.json({ status: 'ok', ...base }, 200)
      : c.json({ status: 'unavailable', ...base }, 503);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
