import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// indicators/ runs in the browser as well as the server: it may import its own files and a short list of pure
// packages (no I/O, browser-safe), nothing else.
const ALLOWED_PACKAGES = new Set([
  'zod',
  'i18n-iso-countries',
  'i18n-iso-countries/langs/en.json',
  'i18n-iso-countries/langs/es.json',
]);
const root = fileURLToPath(new URL('../../indicators', import.meta.url));
const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.ts'),
);

function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
}

describe('indicators/ purity', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  for (const file of sources) {
    it(`${file} imports only allowed pure packages and files inside indicators/`, () => {
      const source = readFileSync(join(root, file), 'utf8');
      for (const spec of specifiers(source)) {
        if (ALLOWED_PACKAGES.has(spec)) continue;
        expect(spec.startsWith('.'), `${file} imports ${spec}`).toBe(true);
        expect(spec.endsWith('.ts'), `${file} imports ${spec} without .ts`).toBe(true);
        const target = relative(root, join(root, file, '..', spec));
        expect(target.startsWith('..'), `${file} reaches outside indicators/: ${spec}`).toBe(false);
      }
      expect(source).not.toMatch(/\b(?:process\.|require\(|fetch\(|import\()/);
    });
  }
});
