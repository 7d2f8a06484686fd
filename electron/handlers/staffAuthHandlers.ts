import { kioskError } from '../../shared/errors.js';
import { err, ok } from '../../shared/result.js';
import { checkPin } from '../../shared/staff/pinRules.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { AuditLog } from '../store/auditLog.js';
import type { StaffPinStore, StoredPin } from '../store/staffPinStore.js';
import { hashPin, verifyPin } from '../staff/pinHash.js';
import { attemptsLeftAfter, lockSecondsAfter } from '../staff/pinLockout.js';
import { serially } from '../staff/serially.js';
import type { StaffGate } from '../staff/staffGate.js';
import type { StaffSession, StaffSessions } from '../staff/staffSessions.js';

type StaffAuthHandlers = Pick<ChannelHandlers, 'staff.status' | 'staff.setPin' | 'staff.signIn' | 'staff.signOut'>;

const SIGN_OUT_ACTIONS = { exit: 'staff.exited', timed_out: 'staff.timed_out', handed_back: 'staff.handed_back' } as const;

function activeLock(pin: StoredPin | undefined, now: Date): string | null {
  return pin?.lockedUntil !== null && pin?.lockedUntil !== undefined && pin.lockedUntil > now.toISOString() ? pin.lockedUntil : null;
}

/** Staff entry (issue #8): first PIN, sign-in with the growing lock-out, sign-out. Every outcome is audited. */
export function createStaffAuthHandlers(deps: {
  pins: StaffPinStore;
  sessions: StaffSessions;
  gate: StaffGate;
  audit: AuditLog;
  clock: () => Date;
}): StaffAuthHandlers {
  const { pins, sessions, gate, audit, clock } = deps;
  const oneAtATime = serially();
  return {
    'staff.status': () => {
      const pin = pins.read();
      return ok({ pinSet: pin !== undefined, lockedUntil: activeLock(pin, clock()) });
    },

    'staff.setPin': ({ pin, token }) =>
      oneAtATime(async () => {
        const problem = checkPin(pin);
        if (problem !== undefined) return err(kioskError('invalid_input', [{ path: 'pin', messageKey: `staff.errors.pin.${problem}` }]));
        // Only the very first PIN may be set without signing in (the first start forces it). That is why
        // the contract leaves staff.setPin unflagged (issue #14): whether a token is needed depends on the
        // stored PIN, read here inside the serialised step, so this one channel still asks the gate itself.
        let changer: StaffSession | undefined;
        if (pins.read() !== undefined) {
          const checked = token === undefined ? err(kioskError('forbidden')) : gate.check(token);
          if (!checked.ok) return checked;
          changer = checked.value;
        }
        pins.save(await hashPin(pin), clock());
        if (changer !== undefined && token !== undefined) {
          gate.record(changer, 'staff.pin_changed');
          return ok({ token });
        }
        const opened = sessions.open(clock());
        gate.record(opened.session, 'staff.pin_set');
        gate.record(opened.session, 'staff.signed_in');
        return ok({ token: opened.token });
      }),

    'staff.signIn': ({ pin }) =>
      oneAtATime(async () => {
        const stored = pins.read();
        if (stored === undefined) return ok({ outcome: 'no_pin' as const });
        const now = clock();
        const locked = activeLock(stored, now);
        if (locked !== null) {
          audit.append({ actor: 'anonymous', action: 'staff.sign_in_refused', detail: { reason: 'locked' } }, now);
          return ok({ outcome: 'locked' as const, lockedUntil: locked });
        }
        if (await verifyPin(pin, stored)) {
          pins.clearFailures();
          const opened = sessions.open(clock());
          gate.record(opened.session, 'staff.signed_in');
          return ok({ outcome: 'signed_in' as const, token: opened.token });
        }
        const lockUntil = (failures: number): Date | null => {
          const seconds = lockSecondsAfter(failures);
          return seconds === 0 ? null : new Date(now.getTime() + seconds * 1000);
        };
        const failures = pins.recordFailure(lockUntil);
        audit.append({ actor: 'anonymous', action: 'staff.sign_in_failed', detail: { failures } }, now);
        const until = lockUntil(failures);
        if (until === null) return ok({ outcome: 'wrong_pin' as const, attemptsLeft: attemptsLeftAfter(failures) });
        audit.append({ actor: 'system', action: 'staff.entry_locked', detail: { failures, seconds: lockSecondsAfter(failures) } }, now);
        return ok({ outcome: 'locked' as const, lockedUntil: until.toISOString() });
      }),

    // Unflagged in the contract (issue #14): closing the session is the token check. A gate check first
    // would refuse a session that idled out on the host a moment ago and lose its sign-out audit entry.
    'staff.signOut': ({ token, reason }) => {
      const session = sessions.close(token);
      if (session === undefined) return err(kioskError('forbidden'));
      gate.record(session, SIGN_OUT_ACTIONS[reason]);
      return ok({});
    },
  };
}
