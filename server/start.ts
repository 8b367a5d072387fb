// `npm start`: builds the web app when its sources are newer than the build, then runs the server.
import { fileURLToPath } from 'node:url';
import { buildWebApp, webBuildIsStale } from './web-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
if (webBuildIsStale(root)) {
  console.log('Building the web app…');
  await buildWebApp(root);
}
await import('./main.ts');
