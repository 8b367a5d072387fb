import { defineConfig } from 'vite';
import { precompress } from './web/build/precompress.ts';

// The server sends a strict CSP (script-src 'self', style-src 'self', no inline anything), so the build must
// emit only same-origin files: no inline scripts, no inlined assets, no external fonts or CDNs.
export default defineConfig(({ command }) => ({
  root: 'web',
  base: '/',
  plugins: [precompress()],
  resolve: {
    // Vite picks packages' "development" builds whenever NODE_ENV is not "production", and vitest sets it to
    // "test" while the test server builds the app: Lit would then ship in dev mode. A build is always for
    // production.
    ...(command === 'build' ? { conditions: ['module', 'browser', 'production'] } : {}),
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    // Inlined assets become data: URLs; only images may use them under the CSP, so inline nothing.
    assetsInlineLimit: 0,
    // Chromium, Firefox and Safari all support modulepreload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    // .vite/manifest.json: which chunks each page loads, for test/web/bundle-size.test.ts's per-page budget.
    manifest: true,
  },
  server: {
    // `npm run dev:web` next to `npm start`: the API stays same-origin from the browser's point of view.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
}));
