import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';

/**
 * The built dashboard (dist/web): hashed assets cached for a year and sent compressed (Brotli or gzip, made at
 * build time) to browsers that accept it, and index.html for every client route
 * (/countries/SDN, /reports/…) so deep links and reloads work.
 */
export function webAppRoutes(options: { root: string }) {
  const indexPath = join(options.root, 'index.html');
  let indexHtml: string | undefined;
  const readIndex = () => {
    if (indexHtml === undefined && existsSync(indexPath)) indexHtml = readFileSync(indexPath, 'utf8');
    return indexHtml;
  };

  const serveIndex = (c: Context) => {
    const page = readIndex();
    if (!page) {
      return c.text('The web app is not built yet. Run `npm run build` (npm start does it for you).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(page);
  };

  return new Hono()
    .get('/', serveIndex) // before serveStatic, which would try to send the directory itself
    .use(
      '/assets/*',
      serveStatic({
        root: options.root,
        // dist/web/assets holds a .br and a .gz of each file (web/build/precompress.ts).
        precompressed: true,
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    )
    .use('*', serveStatic({ root: options.root, index: '' }))
    .get('*', serveIndex);
}
