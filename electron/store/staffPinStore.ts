import { z } from 'zod';
import { PinHashParamsSchema, type PinHash } from '../staff/pinHash.js';
import type { KioskDatabase } from './openDatabase.js';

export type StoredPin = PinHash & { readonly failures: number; readonly lockedUntil: string | null };

export type StaffPinStore = {
  /** undefined until the first PIN is set. */
  read(): StoredPin | undefined;
  /** A new PIN starts with a clean record: no failures, no lock. */
  save(pin: PinHash, now: Date): void;
  /** Counts one wrong PIN and sets the lock; returns the failures in a row so far. */
  recordFailure(lockedUntil: (failures: number) => Date | null): number;
  clearFailures(): void;
};

const RowSchema = z.object({
  hash: z.string(),
  salt: z.string(),
  params: z.string(),
  failures: z.number().int(),
  locked_until: z.string().nullable(),
});

/** The one staff PIN row (migration 004). Only the scrypt hash is stored, never the PIN. */
export function createStaffPinStore(db: KioskDatabase): StaffPinStore {
  const select = db.prepare('SELECT hash, salt, params, failures, locked_until FROM staff_pin WHERE id = 1');
  const upsert = db.prepare(
    `INSERT INTO staff_pin (id, hash, salt, params, set_at, failures, locked_until) VALUES (1, ?, ?, ?, ?, 0, NULL)
     ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, salt = excluded.salt, params = excluded.params,
       set_at = excluded.set_at, failures = 0, locked_until = NULL`,
  );
  const bump = db.prepare('UPDATE staff_pin SET failures = failures + 1 WHERE id = 1 RETURNING failures');
  const lock = db.prepare('UPDATE staff_pin SET locked_until = ? WHERE id = 1');
  const recordFailure = db.transaction((lockedUntil: (failures: number) => Date | null): number => {
    const { failures } = z.object({ failures: z.number().int() }).parse(bump.get());
    lock.run(lockedUntil(failures)?.toISOString() ?? null);
    return failures;
  });
  return {
    read() {
      const row = RowSchema.optional().parse(select.get());
      if (row === undefined) return undefined;
      const params = PinHashParamsSchema.parse(JSON.parse(row.params));
      return { hash: row.hash, salt: row.salt, params, failures: row.failures, lockedUntil: row.locked_until };
    },
    save(pin, now) {
      upsert.run(pin.hash, pin.salt, JSON.stringify(pin.params), now.toISOString());
    },
    recordFailure: (lockedUntil) => recordFailure(lockedUntil),
    clearFailures() {
      db.prepare('UPDATE staff_pin SET failures = 0, locked_until = NULL WHERE id = 1').run();
    },
  };
}
