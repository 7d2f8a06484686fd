// Wrong-PIN lock-out (issue #8): the first 5 failures are free; the 5th locks entry for a minute, and
// every further failure before a correct PIN doubles the wait, up to an hour. Counted in the database,
// so restarting the kiosk does not reset it.
export const FREE_PIN_FAILURES = 5;
const FIRST_LOCK_SECONDS = 60;
const LONGEST_LOCK_SECONDS = 60 * 60;

/** Seconds entry stays locked after the `failures`-th wrong PIN in a row; 0 while still free. */
export function lockSecondsAfter(failures: number): number {
  if (failures < FREE_PIN_FAILURES) return 0;
  return Math.min(LONGEST_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FREE_PIN_FAILURES));
}

export function attemptsLeftAfter(failures: number): number {
  return Math.max(0, FREE_PIN_FAILURES - failures);
}
