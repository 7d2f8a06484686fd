import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { queueSubmissions } from '../../support/queuedSubmissions.js';
import { FAST_SYNC, startTestCentral, waitUntil } from '../../support/centralForTests.js';
import { startTestHost } from '../../support/testHost.js';

// Issue #17: a station PC whose clock is 10 minutes fast. The reference central API refuses the signed requests
// as outside its replay window; the kiosk must report a clock problem with the offset, not a credentials problem,
// keep the items, keep retrying, and deliver by itself once the clock is right.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const OutboxRowSchema = z.object({ state: z.string(), last_error: z.string().nullable() });

describe('a station clock outside the replay window', () => {
  it('is a clock alert with the offset, the items wait and are retried, and delivery resumes when the clock is put right', async () => {
    const central = await startTestCentral();
    cleanups.push(() => central.close());
    let offsetMs = 10 * 60_000;
    const kiosk = startTestHost({ clock: () => new Date(Date.now() + offsetMs), syncTiming: FAST_SYNC });
    cleanups.push(() => kiosk.close());
    queueSubmissions(kiosk.host.db, kiosk.dataDir, 5);
    kiosk.host.sync.provision(central.credentials);

    await waitUntil(() => kiosk.host.sync.state().alert === 'clock_skew', 'the clock alert', 10_000);
    const state = kiosk.host.sync.state();
    expect(state.online).toBe(true);
    expect(Math.abs((state.clockOffsetMs ?? 0) - 10 * 60_000)).toBeLessThan(5_000);
    // Still trying: a signed health request each tick asks whether the clock is right again (cheaper than
    // re-sending the batch), and the items wait with the clock as the reason.
    await waitUntil(
      () => central.server.requestLog().filter((entry) => entry.path.endsWith('/health') && entry.status === 401).length >= 3,
      'repeated checks of the clock',
      10_000,
    );
    const rows = z.array(OutboxRowSchema).parse(kiosk.host.db.prepare(`SELECT state, last_error FROM outbox WHERE item_kind = 'submission'`).all());
    // Nothing is rejected or lost: every item waits, pending (those already sent once carry the clock as the reason).
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.state === 'pending' && (row.last_error === null || row.last_error === 'clock_skew'))).toBe(true);
    expect(central.server.submissionCount()).toBe(0);
    // Not a credentials problem: no unauthorized audit entry, one clock entry however many retries.
    const actions = z.array(z.object({ action: z.string() })).parse(kiosk.host.db.prepare(`SELECT action FROM audit_log`).all()).map((row) => row.action);
    expect(actions).not.toContain('sync.unauthorized');
    expect(actions.filter((action) => action === 'sync.clock_skew')).toHaveLength(1);

    offsetMs = 0; // staff set the time
    await waitUntil(() => kiosk.host.sync.counts().pending === 0, 'delivery after the clock is fixed', 10_000);
    expect(central.server.submissionCount()).toBe(5);
    expect(kiosk.host.sync.state()).toMatchObject({ alert: null, clockOffsetMs: null, online: true });
  });
});
