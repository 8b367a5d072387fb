import type { TestApp } from './test-app.ts';

export interface RouteEntry {
  method: string;
  /** OpenAPI path, e.g. /api/users/{username} */
  path: string;
  access: 'public' | 'viewer' | 'analyst' | 'admin';
  hasJsonBody: boolean;
}

/** The route table as the server itself publishes it: every operation of /api/openapi.json with its access. */
export async function routeTable(t: TestApp): Promise<RouteEntry[]> {
  const admin = await t.withToken('admin');
  const doc = (await (await admin.get('/api/openapi.json')).json()) as {
    paths: Record<
      string,
      Record<string, { 'x-atalaya-access'?: string; requestBody?: { content?: object } }>
    >;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      access: (op['x-atalaya-access'] ?? 'missing') as RouteEntry['access'],
      hasJsonBody: Boolean(op.requestBody?.content && 'application/json' in op.requestBody.content),
    })),
  );
}

export const routeKey = (r: Pick<RouteEntry, 'method' | 'path'>) => `${r.method} ${r.path}`;
