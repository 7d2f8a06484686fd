// Crash recovery waits longer after each crash in a row (1 s, 2 s, 4 s … up to a minute), so a renderer
// that crashes on load cannot spin the CPU, and resets once the kiosk has run cleanly for a while.
export type BackoffOptions = { readonly initialMs: number; readonly maxMs: number; readonly resetAfterMs: number };

export const defaultBackoff: BackoffOptions = { initialMs: 1_000, maxMs: 60_000, resetAfterMs: 5 * 60_000 };

export type Backoff = { nextDelay(nowMs: number): number };

export function createBackoff(options: BackoffOptions = defaultBackoff): Backoff {
  let failures = 0;
  let lastFailureMs = Number.NEGATIVE_INFINITY;
  return {
    nextDelay(nowMs) {
      if (nowMs - lastFailureMs > options.resetAfterMs) failures = 0;
      lastFailureMs = nowMs;
      const delay = Math.min(options.maxMs, options.initialMs * 2 ** failures);
      failures += 1;
      return delay;
    },
  };
}
