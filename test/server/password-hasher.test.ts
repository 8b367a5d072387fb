import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../server/services/password-hasher.ts';

describe('the password hasher', () => {
  it('verifies the password it hashed, and no other', async () => {
    const hasher = createPasswordHasher({ logN: 10 });
    const stored = await hasher.hash('correct horse battery');
    expect(await hasher.verify('correct horse battery', stored)).toBe(true);
    expect(await hasher.verify('correct horse batterz', stored)).toBe(false);
  });

  it('refuses a hash it cannot read only after the same work as a real check (no timing oracle)', async () => {
    const hasher = createPasswordHasher({ logN: 10 });
    let dummies = 0;
    const verifyDummy = hasher.verifyDummy.bind(hasher);
    hasher.verifyDummy = async (password) => {
      dummies++;
      await verifyDummy(password);
    };
    expect(await hasher.verify('anything', 'none:restored-from-backup')).toBe(false);
    expect(dummies).toBe(1);
  });
});
