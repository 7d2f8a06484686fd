// Staff mode times out faster than resident mode (issue #8): a kiosk left signed in is open to anyone
// walking up. Half the resident timeout, at most a minute, never under 15 s; the same 30 s warning follows.
const STAFF_IDLE_MAX_SECONDS = 60;
const STAFF_IDLE_MIN_SECONDS = 15;

export function staffIdleSeconds(residentIdleSeconds: number): number {
  return Math.max(STAFF_IDLE_MIN_SECONDS, Math.min(STAFF_IDLE_MAX_SECONDS, Math.floor(residentIdleSeconds / 2)));
}
