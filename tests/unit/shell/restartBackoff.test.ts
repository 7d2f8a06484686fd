import { describe, expect, it } from 'vitest';
import { createBackoff } from '../../../electron/shell/restartBackoff.js';

describe('crash-recovery backoff', () => {
  it('doubles after each crash in a row, up to the cap', () => {
    const backoff = createBackoff({ initialMs: 1000, maxMs: 8000, resetAfterMs: 60_000 });
    const delays = [0, 1, 2, 3, 4, 5].map((i) => backoff.nextDelay(i * 1000));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('starts again from the initial delay after a quiet period', () => {
    const backoff = createBackoff({ initialMs: 1000, maxMs: 8000, resetAfterMs: 60_000 });
    backoff.nextDelay(0);
    backoff.nextDelay(1000);
    expect(backoff.nextDelay(1000 + 60_001)).toBe(1000);
  });
});
