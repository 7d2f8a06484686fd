import { kioskError, type KioskError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { AuditEntry, AuditLog } from '../store/auditLog.js';
import type { StaffSession, StaffSessions } from './staffSessions.js';

export type StaffGate = {
  /** The signed-in staff session, or `forbidden`: the renderer then asks for the PIN again. */
  check(token: string): Result<StaffSession, KioskError>;
  /** One audit entry per staff action: who (the session), what, when (issue #8). */
  record(session: StaffSession, action: string, detail?: AuditEntry['detail']): void;
};

export function createStaffGate(sessions: StaffSessions, audit: AuditLog, clock: () => Date): StaffGate {
  return {
    check(token) {
      const session = sessions.check(token, clock());
      return session === undefined ? err(kioskError('forbidden')) : ok(session);
    },
    record(session, action, detail = {}) {
      audit.append({ actor: 'staff', action, detail: { session: session.sessionId, ...detail } }, clock());
    },
  };
}
