import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/env.ts';

describe('parseEnv', () => {
  it('gives the contract defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 8787,
      HOST: '127.0.0.1',
      ATALAYA_DATA_DIR: './data',
      ATALAYA_DEMO: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats empty variables as unset and ATALAYA_DEMO=0 as off', () => {
    const env = parseEnv({ DATABASE_URL: '', ATALAYA_ADMIN_PASSWORD: '', ATALAYA_DEMO: '0' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ATALAYA_ADMIN_PASSWORD).toBeUndefined();
    expect(env.ATALAYA_DEMO).toBe(false);
  });

  it('names every bad variable in one error', () => {
    expect(() =>
      parseEnv({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        ATALAYA_BOOTSTRAP_TOKEN: 'short',
        ATALAYA_ADMIN_PASSWORD: 'x',
      }),
    ).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*ATALAYA_ADMIN_PASSWORD[\s\S]*ATALAYA_BOOTSTRAP_TOKEN/);
  });
});
