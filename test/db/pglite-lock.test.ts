import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../db/pglite-lock.ts';

describe('acquireDataDirLock', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'atalaya-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a data directory held by a live process', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'atalaya.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by process/);
  });

  it('takes over a lock whose process is gone, and releases it', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'atalaya.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    expect(existsSync(join(dir, 'atalaya.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'atalaya.lock'))).toBe(false);
  });
});
