import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/services/createKioskHost.js';
import { makeTempDir } from '../../support/tempDir.js';
import { TEST_STAFF_PIN } from '../../support/staffSession.js';
import { startTestHost } from '../../support/testHost.js';

const WRONG_PIN = '135792';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function hostAt(clock: { now: Date }, dataDir: string) {
  const kiosk = startTestHost({ dataDir, clock: () => clock.now });
  cleanups.unshift(() => kiosk.close());
  return kiosk;
}

describe('staff PIN (issue #8)', () => {
  it('forces a PIN on the first start, and refuses easy or malformed ones with field-named errors', async () => {
    const temp = makeTempDir('staff-pin');
    cleanups.push(() => temp.remove());
    const { router } = hostAt({ now: new Date() }, temp.path).host;
    expect(await router.dispatch('staff.status', {})).toEqual({ ok: true, value: { pinSet: false, lockedUntil: null } });
    expect(await router.dispatch('staff.signIn', { pin: TEST_STAFF_PIN })).toEqual({ ok: true, value: { outcome: 'no_pin' } });
    for (const [pin, problem] of [['123456', 'too_simple'], ['000000', 'too_simple'], ['987654', 'too_simple'], ['1234', 'wrong_length'], ['12345a', 'not_digits']]) {
      expect(await router.dispatch('staff.setPin', { pin })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: [{ path: 'pin', messageKey: `staff.errors.pin.${problem}` }] },
      });
    }
    expect((await router.dispatch('staff.setPin', { pin: TEST_STAFF_PIN })).ok).toBe(true);
    expect(await router.dispatch('staff.status', {})).toEqual({ ok: true, value: { pinSet: true, lockedUntil: null } });
  });

  it('stores only an scrypt hash with its own salt: the PIN is nowhere in the database file', async () => {
    const temp = makeTempDir('staff-pin');
    cleanups.push(() => temp.remove());
    const kiosk = hostAt({ now: new Date() }, temp.path);
    await kiosk.host.router.dispatch('staff.setPin', { pin: TEST_STAFF_PIN });
    const row = kiosk.host.db.prepare('SELECT hash, salt, params FROM staff_pin').get() as { hash: string; salt: string; params: string };
    expect(Buffer.from(row.hash, 'base64')).toHaveLength(32);
    expect(Buffer.from(row.salt, 'base64')).toHaveLength(16);
    expect(JSON.parse(row.params)).toEqual({ N: 32768, r: 8, p: 1, keyLength: 32 });
    kiosk.host.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(temp.path, DATABASE_FILE)).includes(Buffer.from(TEST_STAFF_PIN))).toBe(false);
  });

  it('locks entry after 5 wrong PINs, for a delay that grows, also across a restart', async () => {
    const temp = makeTempDir('staff-pin');
    cleanups.push(() => temp.remove());
    const clock = { now: new Date('2026-03-02T09:00:00Z') };
    let kiosk = hostAt(clock, temp.path);
    await kiosk.host.router.dispatch('staff.setPin', { pin: TEST_STAFF_PIN });
    const signIn = async (pin: string) => kiosk.host.router.dispatch('staff.signIn', { pin });
    const later = (seconds: number): void => {
      clock.now = new Date(clock.now.getTime() + seconds * 1000);
    };

    for (const attemptsLeft of [4, 3, 2, 1]) expect(await signIn(WRONG_PIN)).toEqual({ ok: true, value: { outcome: 'wrong_pin', attemptsLeft } });
    const fifth = new Date(clock.now.getTime() + 60_000).toISOString();
    expect(await signIn(WRONG_PIN)).toEqual({ ok: true, value: { outcome: 'locked', lockedUntil: fifth } });
    // While locked even the right PIN is refused, unchecked.
    later(30);
    expect(await signIn(TEST_STAFF_PIN)).toEqual({ ok: true, value: { outcome: 'locked', lockedUntil: fifth } });
    expect(await kiosk.host.router.dispatch('staff.status', {})).toEqual({ ok: true, value: { pinSet: true, lockedUntil: fifth } });

    // A restart does not clear the lock.
    kiosk.close();
    cleanups.shift();
    kiosk = hostAt(clock, temp.path);
    expect(await signIn(TEST_STAFF_PIN)).toMatchObject({ ok: true, value: { outcome: 'locked' } });

    // After the lock, each further wrong PIN locks again for twice as long.
    later(31);
    expect(await signIn(WRONG_PIN)).toEqual({ ok: true, value: { outcome: 'locked', lockedUntil: new Date(clock.now.getTime() + 120_000).toISOString() } });
    later(121);
    expect(await signIn(WRONG_PIN)).toEqual({ ok: true, value: { outcome: 'locked', lockedUntil: new Date(clock.now.getTime() + 240_000).toISOString() } });
    later(241);
    expect(await signIn(TEST_STAFF_PIN)).toMatchObject({ ok: true, value: { outcome: 'signed_in' } });
    // The right PIN clears the count.
    expect(await signIn(WRONG_PIN)).toEqual({ ok: true, value: { outcome: 'wrong_pin', attemptsLeft: 4 } });

    const log = kiosk.host.db.prepare(`SELECT actor, action FROM audit_log WHERE action LIKE 'staff.%' ORDER BY id`).all();
    expect(log.filter((row) => (row as { action: string }).action === 'staff.sign_in_failed')).toHaveLength(8);
    expect(log.filter((row) => (row as { action: string }).action === 'staff.entry_locked')).toEqual([
      { actor: 'system', action: 'staff.entry_locked' },
      { actor: 'system', action: 'staff.entry_locked' },
      { actor: 'system', action: 'staff.entry_locked' },
    ]);
    expect(log.filter((row) => (row as { action: string }).action === 'staff.sign_in_refused')).toHaveLength(2);
  });

  it('checks PINs one at a time, so attempts sent together cannot slip past the lock', async () => {
    const temp = makeTempDir('staff-pin');
    cleanups.push(() => temp.remove());
    const kiosk = hostAt({ now: new Date() }, temp.path);
    await kiosk.host.router.dispatch('staff.setPin', { pin: TEST_STAFF_PIN });
    const answers = await Promise.all(Array.from({ length: 8 }, () => kiosk.host.router.dispatch('staff.signIn', { pin: WRONG_PIN })));
    const outcomes = answers.map((answer) => (answer.ok ? (answer.value as { outcome: string }).outcome : 'error'));
    expect(outcomes).toEqual(['wrong_pin', 'wrong_pin', 'wrong_pin', 'wrong_pin', 'locked', 'locked', 'locked', 'locked']);
    expect(kiosk.host.db.prepare('SELECT failures FROM staff_pin').get()).toEqual({ failures: 5 });
  });
});
