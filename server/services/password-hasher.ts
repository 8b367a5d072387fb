import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt (memory-hard) with the parameters stored in the hash, so the cost can rise later and old hashes still
 * verify. At the default N=2^16, r=8 each hash takes about 64 MiB: at most `concurrency` run at once, or a burst
 * of logins becomes a memory attack (stack-notes).
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** Burns the same time as a real verification, for unknown usernames (no user-enumeration by timing). */
  verifyDummy(password: string): Promise<void>;
}

export function createPasswordHasher(
  options: { logN?: number; r?: number; p?: number; concurrency?: number } = {},
) {
  const logN = options.logN ?? 16;
  const r = options.r ?? 8;
  const p = options.p ?? 1;
  const gate = semaphore(options.concurrency ?? 2);
  let dummyHash: Promise<string> | undefined;

  const derive = (password: string, salt: Buffer, params: { logN: number; r: number; p: number }) =>
    gate(
      () =>
        new Promise<Buffer>((resolve, reject) => {
          const opts: ScryptOptions = {
            N: 2 ** params.logN,
            r: params.r,
            p: params.p,
            maxmem: 512 * 1024 * 1024,
          };
          scrypt(password.normalize('NFKC'), salt, 32, opts, (err, key) =>
            err ? reject(err) : resolve(key),
          );
        }),
    );

  const hasher: PasswordHasher = {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, { logN, r, p });
      return ['scrypt', logN, r, p, salt.toString('base64'), key.toString('base64')].join('$');
    },
    async verify(password, stored) {
      const parts = stored.split('$');
      if (parts.length !== 6 || parts[0] !== 'scrypt') {
        // A user with no usable hash (restored from a backup, before reset-password) must take as long to refuse
        // as anyone else, or the answer's timing tells which accounts are in that state.
        await hasher.verifyDummy(password);
        return false;
      }
      const [, n, rr, pp, salt, key] = parts as [string, string, string, string, string, string];
      const expected = Buffer.from(key, 'base64');
      const actual = await derive(password, Buffer.from(salt, 'base64'), { logN: +n, r: +rr, p: +pp });
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
    async verifyDummy(password) {
      dummyHash ??= hasher.hash('atalaya-dummy-password-for-timing');
      await hasher.verify(password, await dummyHash);
    },
  };
  return hasher;
}

function semaphore(limit: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
