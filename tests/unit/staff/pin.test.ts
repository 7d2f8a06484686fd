import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../electron/staff/pinHash.js';
import { attemptsLeftAfter, lockSecondsAfter } from '../../../electron/staff/pinLockout.js';
import { checkPin } from '../../../shared/staff/pinRules.js';

// Small scrypt parameters: these tests check the mechanics, not the cost.
const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };

describe('staff PIN rules', () => {
  it.each([
    ['246813', undefined],
    ['908172', undefined],
    ['123456', 'too_simple'],
    ['654321', 'too_simple'],
    ['777777', 'too_simple'],
    ['12345', 'wrong_length'],
    ['1234567', 'wrong_length'],
    ['12 456', 'not_digits'],
    ['１２３４５６', 'not_digits'],
  ])('%s → %s', (pin, problem) => {
    expect(checkPin(pin)).toBe(problem);
  });
});

describe('staff PIN lock-out', () => {
  it('lets 4 failures pass, locks for a minute at the 5th, then doubles up to an hour', () => {
    expect([1, 2, 3, 4].map(lockSecondsAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 40].map(lockSecondsAfter)).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect([0, 4, 5, 9].map(attemptsLeftAfter)).toEqual([5, 1, 0, 0]);
  });
});

describe('staff PIN hash (scrypt)', () => {
  it('verifies the PIN it was made from and nothing else', async () => {
    const stored = await hashPin('246813', FAST);
    expect(await verifyPin('246813', stored)).toBe(true);
    expect(await verifyPin('246814', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts every hash, so the same PIN never gives the same hash', async () => {
    const [a, b] = await Promise.all([hashPin('246813', FAST), hashPin('246813', FAST)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).not.toContain('246813');
  });

  it('checks with the parameters stored beside the hash', async () => {
    const stored = await hashPin('246813', { ...FAST, N: 2048 });
    expect(await verifyPin('246813', stored)).toBe(true);
    expect(await verifyPin('246813', { ...stored, params: FAST })).toBe(false);
  });
});
