import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/** True when dist/web is missing or older than anything in web/ or indicators/ (the browser bundles both). */
export function webBuildIsStale(root: string): boolean {
  const built = join(root, 'dist/web/index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return ['web', 'indicators', 'vite.config.ts'].some((p) => {
    const path = join(root, p);
    if (!existsSync(path)) return false;
    return (statSync(path).isDirectory() ? newestMtime(path) : statSync(path).mtimeMs) > builtAt;
  });
}

/**
 * Builds the web app with Vite (a dev dependency: present after `npm install`) into a directory of its own,
 * then swaps it in, so a server (or a second build, from another test run) never reads half a build.
 */
export async function buildWebApp(root: string): Promise<void> {
  const { build } = await import('vite');
  const target = join(root, 'dist/web');
  const fresh = `${target}.building-${process.pid}-${Date.now()}`;
  try {
    await build({
      configFile: join(root, 'vite.config.ts'),
      root: join(root, 'web'),
      logLevel: 'warn',
      build: { outDir: fresh, emptyOutDir: true },
    });
    const old = `${target}.old-${process.pid}-${Date.now()}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(fresh, target);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
