import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The budget: "the production JS bundle stays under 250 KB gzipped". Every page is a chunk loaded on
// its first visit (web/src/router/page-modules.ts), so the goal is read per page: the entry plus everything
// that page can load (its chunk, the chunks it imports, and what it loads later: the map on the Overview, the
// scorer on Ingest) stays under 250 KB. All chunks together are above that (docs/PERFORMANCE.md says why);
// their total, the entry and each chunk have budgets a little above today's sizes, as regression guards.
// KB = 1,000 bytes, gzip at node:zlib's default level. The global setup builds dist/web before any test runs.
const PAGE_BUDGET = 250_000;
const ENTRY_BUDGET = 50_000;
const TOTAL_BUDGET = 330_000;
const CHUNK_BUDGETS: Array<[RegExp, number]> = [
  [/^local-scorer-.*\.js$/, 100_000],
  [/^countries-110m-.*\.js$/, 45_000],
];
/** Any other chunk: a page, or code that several pages share. */
const OTHER_CHUNK_BUDGET = 25_000;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB = join(ROOT, 'dist/web');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const manifest = (): Manifest => JSON.parse(readFileSync(join(WEB, '.vite/manifest.json'), 'utf8'));
const gzipped = (file: string) => gzipSync(readFileSync(join(WEB, file))).length;
const jsSize = (m: Manifest, keys: Iterable<string>) =>
  [...keys]
    .map((key) => m[key]!.file)
    .reduce((sum, file) => (file.endsWith('.js') ? sum + gzipped(file) : sum), 0);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * The chunks `key` brings: what it imports, and with `lazy` what it (or those) may load later, except what is
 * already in `loaded` (the entry, whose dynamic imports are the other pages).
 */
function reach(
  m: Manifest,
  key: string,
  lazy: boolean,
  loaded: ReadonlySet<string>,
  out = new Set<string>(),
) {
  if (out.has(key) || loaded.has(key)) return out;
  out.add(key);
  const chunk = m[key]!;
  for (const next of [...(chunk.imports ?? []), ...(lazy ? (chunk.dynamicImports ?? []) : [])]) {
    reach(m, next, lazy, loaded, out);
  }
  return out;
}

function entryOf(m: Manifest): [string, Set<string>] {
  const key = Object.keys(m).find((k) => m[k]!.isEntry);
  expect(key, 'the manifest has an entry').toBeDefined();
  return [key!, reach(m, key!, false, new Set())];
}

/** The pages the router loads on demand: every `aty-*-page.ts` but the not-found page, which is in the entry. */
const lazyPages = readdirSync(join(ROOT, 'web/src/components'))
  .filter((file) => /^aty-.+-page\.ts$/.test(file) && file !== 'aty-not-found-page.ts')
  .map((file) => `src/components/${file}`);

describe('the production bundle', () => {
  it('loads every page as a chunk of its own, on demand, none of them inside the entry', () => {
    const m = manifest();
    const [entry] = entryOf(m);
    expect(lazyPages.length).toBeGreaterThanOrEqual(11);
    for (const page of lazyPages) {
      expect(m[page]?.isDynamicEntry, `${page} is loaded with import()`).toBe(true);
      expect(m[entry]!.dynamicImports, page).toContain(page);
    }
    // A static import left somewhere would put the page back into the first download.
    const { sources } = JSON.parse(readFileSync(join(WEB, `${m[entry]!.file}.map`), 'utf8')) as {
      sources: string[];
    };
    const pagesInEntry = sources.filter((source) => /aty-(?!not-found)[a-z-]+-page\.ts$/.test(source));
    expect(pagesInEntry).toEqual([]);
  });

  it('downloads under 250 KB of gzipped JavaScript for any page, with all that the page loads later', () => {
    const m = manifest();
    const [, initial] = entryOf(m);
    const sizes = lazyPages.map((page) => {
      const chunks = new Set([...initial, ...reach(m, page, true, initial)]);
      return [page, jsSize(m, chunks)] as const;
    });
    const report = sizes.map(([page, size]) => `${page}: ${kb(size)}`).join(', ');
    for (const [, size] of sizes) expect(size, report).toBeLessThan(PAGE_BUDGET);
    // The Ingest page loads the in-browser scorer: the heaviest page, and so the one this test is about.
    const ingest = sizes.find(([page]) => page.endsWith('aty-ingest-page.ts'))!;
    expect(jsSize(m, reach(m, ingest[0], true, initial)), 'the scorer is counted').toBeGreaterThan(90_000);
  });

  it('keeps the first download (the entry and what it imports) small', () => {
    const m = manifest();
    const [, initial] = entryOf(m);
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
    expect(scripts.every((file) => [...initial].some((key) => m[key]!.file === file))).toBe(true);
    expect(jsSize(m, initial), kb(jsSize(m, initial))).toBeLessThan(ENTRY_BUDGET);
  });

  it('keeps each chunk, and all of them together, within their budgets', () => {
    const files = readdirSync(join(WEB, 'assets')).filter((file) => file.endsWith('.js'));
    let total = 0;
    for (const file of files) {
      const size = gzipped(`assets/${file}`);
      total += size;
      const budget = /^index-.*\.js$/.test(file)
        ? ENTRY_BUDGET
        : (CHUNK_BUDGETS.find(([pattern]) => pattern.test(file))?.[1] ?? OTHER_CHUNK_BUDGET);
      expect(size, `${file}: ${kb(size)}`).toBeLessThan(budget);
    }
    expect(total, `all chunks: ${kb(total)}`).toBeLessThan(TOTAL_BUDGET);
  });

  it('ships no zod: the browser scores with the catalog data, validated on the server and in tests', () => {
    const maps = readdirSync(join(WEB, 'assets')).filter((file) => file.endsWith('.js.map'));
    expect(maps.some((file) => /^local-scorer-/.test(file))).toBe(true);
    for (const file of maps) {
      const { sources } = JSON.parse(readFileSync(join(WEB, 'assets', file), 'utf8')) as {
        sources: string[];
      };
      expect(
        sources.filter((source) => /node_modules\/zod\/|catalog-schema\.ts$/.test(source)),
        file,
      ).toEqual([]);
    }
  });

  it('loads the world map from our own origin, as a chunk of its own that only the overview fetches', () => {
    const files = readdirSync(join(WEB, 'assets'));
    const map = files.filter((file) => /^countries-110m-.*\.js$/.test(file));
    expect(map).toHaveLength(1);
    const entry = files.find((file) => /^index-.*\.js$/.test(file))!;
    // Not inlined into the entry: the topology's arcs would otherwise be in every page's first download.
    expect(readFileSync(join(WEB, 'assets', entry), 'utf8')).not.toContain('"arcs"');
    expect(readFileSync(join(WEB, 'assets', map[0]!), 'utf8')).toContain('arcs');
  });
});
