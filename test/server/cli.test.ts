import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestDataDir } from '../helpers/test-database.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EWP = fileURLToPath(new URL('../fixtures/ewp/final-forecasts.csv', import.meta.url));

describe('npm run cli', () => {
  const work = mkdtempSync(join(tmpdir(), 'atalaya-cli-'));
  const cleanups: Array<() => Promise<void> | void> = [() => rmSync(work, { recursive: true, force: true })];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });
  let env: Record<string, string> | undefined;
  const storage = async () => {
    if (env) return env;
    if (process.env.TEST_DATABASE_URL) {
      const db = await createTestDatabase();
      await db.close();
      cleanups.push(() => db.destroy());
      env = { DATABASE_URL: db.location.url! };
    } else {
      const dir = createTestDataDir();
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      env = { ATALAYA_DATA_DIR: dir };
    }
    return env;
  };
  const cli = async (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LOG_LEVEL: 'warn', ...(await storage()) },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it('ingests NDJSON and documents, reports bad lines, and finds duplicates on a second run', async () => {
    const ndjson = join(work, 'batch.ndjson');
    writeFileSync(
      ndjson,
      [
        JSON.stringify({
          country: 'COL',
          date: '2026-03-01',
          text: 'Paramilitares asesinaron a 6 campesinos.',
          source: { name: 'Monitor A', reliability: 'B2' },
        }),
        JSON.stringify({
          country: 'COL',
          date: '2026-03-02',
          text: 'Fueron desplazadas 300 familias del río.',
        }),
        JSON.stringify({ country: 'ZZZ', date: '2026-03-02', text: 'x' }),
      ].join('\n'),
    );
    const document = join(work, 'SDN_2026-03-05_update.txt');
    writeFileSync(document, 'Militias killed 40 villagers in Tawila and burned the market.');
    const first = await cli('ingest', ndjson, document);
    expect(first.code).toBe(1); // one line was rejected
    expect(first.out).toContain('3 report(s) stored, 0 duplicate(s), 1 line(s) rejected');
    expect(first.err).toContain('batch.ndjson:3: country');
    const again = await cli('ingest', ndjson, document);
    expect(again.out).toContain('0 report(s) stored, 3 duplicate(s)');
  });

  it('exports NDJSON with sources redacted unless asked', async () => {
    const plain = await cli('export', '--country', 'COL');
    const lines = plain.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(plain.out).not.toContain('Monitor A');
    expect(lines.find((l) => l.source)?.source).toEqual({ redacted: true });
    const withSources = await cli('export', '--country', 'COL', '--include-sources');
    expect(withSources.out).toContain('Monitor A');
  });

  it('scores a file without storing it, rescores, and imports EWP forecasts', async () => {
    const file = join(work, 'text.md');
    writeFileSync(file, '# Update\n\nGovernment forces shelled the hospital and killed 12 patients.');
    const scored = await cli('score', file);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.out)).toMatchObject({ lang: 'en', scored: true });
    expect((await cli('rescore')).code).toBe(0);
    const imported = await cli('import-ewp', EWP);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Imported Early Warning Project forecasts for \d+ countries/);
  });

  it('explains an unknown command and missing arguments', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    expect((await cli('ingest')).err).toContain('ingest needs at least one FILE');
  });
});
