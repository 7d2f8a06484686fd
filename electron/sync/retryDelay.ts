export type RetryPolicy = { readonly baseMs: number; readonly maxMs: number };

/** 5 s, 10 s, 20 s … up to 30 min: a station offline for a weekend is not hammering anyone on Monday. */
export const defaultRetryPolicy: RetryPolicy = { baseMs: 5_000, maxMs: 30 * 60_000 };

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so the many kiosks of a
 * province that lost the network together do not come back in lockstep.
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random: () => number): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
