import { randomBytes, timingSafeEqual } from 'node:crypto';

export type StaffSession = {
  /** Short, non-secret id that ties a session's audit entries together ("who" in the audit log). */
  readonly sessionId: string;
};

export type StaffSessions = {
  /** Signs staff in; any earlier session ends (one station, one staff session). */
  open(now: Date): { token: string; session: StaffSession };
  /** The session the token belongs to, if it is current; each use extends it. */
  check(token: string, now: Date): StaffSession | undefined;
  close(token: string): StaffSession | undefined;
};

/**
 * Host-side staff sessions (issue #8). The renderer's staff view times out much sooner; this limit is a
 * backstop for a renderer that vanished without signing out. The token lives only in memory on both sides.
 */
export const STAFF_SESSION_IDLE_MS = 30 * 60_000;

export function createStaffSessions(): StaffSessions {
  let current: { token: Buffer; session: StaffSession; lastUsedMs: number } | undefined;
  const matches = (token: string): boolean => {
    if (current === undefined) return false;
    const given = Buffer.from(token, 'hex');
    return given.length === current.token.length && timingSafeEqual(given, current.token);
  };
  return {
    open(now) {
      const token = randomBytes(32);
      const session = { sessionId: randomBytes(4).toString('hex') };
      current = { token, session, lastUsedMs: now.getTime() };
      return { token: token.toString('hex'), session };
    },
    check(token, now) {
      if (current === undefined || !matches(token)) return undefined;
      if (now.getTime() - current.lastUsedMs > STAFF_SESSION_IDLE_MS) {
        current = undefined;
        return undefined;
      }
      current.lastUsedMs = now.getTime();
      return current.session;
    },
    close(token) {
      if (current === undefined || !matches(token)) return undefined;
      const { session } = current;
      current = undefined;
      return session;
    },
  };
}
