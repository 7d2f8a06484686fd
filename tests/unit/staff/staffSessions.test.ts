import { describe, expect, it } from 'vitest';
import { createStaffSessions, STAFF_SESSION_IDLE_MS } from '../../../electron/staff/staffSessions.js';

describe('host staff sessions', () => {
  it('knows only the current token, extends on use, and ends after a long silence', () => {
    const sessions = createStaffSessions();
    const start = new Date('2026-03-02T09:00:00Z');
    const at = (ms: number): Date => new Date(start.getTime() + ms);
    const { token, session } = sessions.open(start);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions.check(token, at(STAFF_SESSION_IDLE_MS - 1))).toEqual(session);
    expect(sessions.check(token, at(2 * STAFF_SESSION_IDLE_MS - 2))).toEqual(session); // extended by the last use
    expect(sessions.check(token, at(3 * STAFF_SESSION_IDLE_MS))).toBeUndefined();
    expect(sessions.check(token, at(3 * STAFF_SESSION_IDLE_MS))).toBeUndefined();
  });

  it('ends the previous session when staff sign in again, and on sign-out', () => {
    const sessions = createStaffSessions();
    const now = new Date();
    const first = sessions.open(now);
    const second = sessions.open(now);
    expect(sessions.check(first.token, now)).toBeUndefined();
    expect(sessions.check('zz', now)).toBeUndefined();
    expect(sessions.close(second.token)).toEqual(second.session);
    expect(sessions.check(second.token, now)).toBeUndefined();
    expect(sessions.close(second.token)).toBeUndefined();
  });
});
