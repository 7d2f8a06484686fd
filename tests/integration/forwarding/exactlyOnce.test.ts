import { seededRandom } from '../../../shared/random/seededRandom.js';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { queueSubmissions } from '../../support/queuedSubmissions.js';
import { FAST_SYNC, startTestCentral, waitUntil } from '../../support/centralForTests.js';
import { startTestHost } from '../../support/testHost.js';

const OutboxRowSchema = z.object({ item_id: z.string(), state: z.string(), central_reference: z.string().nullable(), attempts: z.number() });
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});


describe('forwarding to the reference central API (real HTTP, real SQLite on both sides)', () => {
  it('delivers 1,000 submissions exactly once under a 30% error rate and random latency', async () => {
    // 30% of requests fail, spread over every way a request can fail; the ambiguous ones (timeout,
    // malformed answer, dropped connection) happen after the server committed, so resends must dedupe.
    const central = await startTestCentral({
      random: seededRandom(20261122),
      faults: { latencyMs: [0, 25], errorRate: 0.1, timeoutRate: 0.05, malformedRate: 0.1, dropAfterBodyRate: 0.05 },
    });
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, batchSize: 20 } });
    cleanups.push(() => kiosk.close());
    const ids = queueSubmissions(kiosk.host.db, kiosk.dataDir, 1000);
    expect(kiosk.host.sync.counts().pendingSubmissions).toBe(1000);

    // Provisioned only now, so the drain starts with all 1,000 queued.
    kiosk.host.sync.provision(central.credentials);
    await waitUntil(() => kiosk.host.sync.counts().pending === 0, 'the outbox to drain', 60_000);

    expect(central.server.submissionCount()).toBe(1000);
    const rows = z.array(OutboxRowSchema).parse(kiosk.host.db.prepare(`SELECT item_id, state, central_reference, attempts FROM outbox WHERE item_kind = 'submission'`).all());
    expect(rows.filter((row) => row.state === 'delivered')).toHaveLength(1000);
    let resent = 0;
    for (const id of ids) {
      const stored = central.server.submission(id);
      const local = rows.find((row) => row.item_id === id);
      expect(stored?.outcome).toBe('accepted');
      // The kiosk holds the reference the server gave the first time, whatever happened in between.
      expect(local?.central_reference).toBe(stored?.centralReference);
      if ((stored?.receptions ?? 0) > 1) resent += 1;
    }
    // The faults really happened: some items reached the server more than once, and were stored once.
    expect(resent).toBeGreaterThan(20);
    const statuses = central.server.requestLog().map((entry) => entry.status);
    expect(statuses.filter((status) => status === 500).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 'timeout').length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 'dropped').length).toBeGreaterThan(0);
  }, 90_000);

  it('never marks an item delivered on a malformed or 5xx answer, and delivers it once the server is well', async () => {
    const central = await startTestCentral({ faults: { malformedRate: 1 } });
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, tickMs: 60_000 } });
    cleanups.push(() => kiosk.close());
    const ids = queueSubmissions(kiosk.host.db, kiosk.dataDir, 30);
    kiosk.host.sync.provision(central.credentials);

    for (const faults of [{ malformedRate: 1 }, { errorRate: 1 }]) {
      central.server.setFaults(faults);
      const report = await kiosk.host.sync.sendNow();
      expect(report.stoppedBy).toBe('retry_later');
      expect(kiosk.host.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE state = 'delivered'`).get()).toEqual({ n: 0 });
      const states = kiosk.host.db.prepare(`SELECT DISTINCT state FROM outbox WHERE item_kind = 'submission'`).all();
      expect(states).toEqual([{ state: 'pending' }]);
    }
    // Malformed answers came after the server stored the first batch; the 500s stored nothing.
    expect(central.server.submissionCount()).toBe(30);
    expect(kiosk.host.sync.state().online).toBe(false);

    central.server.setFaults({});
    const report = await kiosk.host.sync.sendNow();
    expect(report.stoppedBy).toBe('empty');
    expect(kiosk.host.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE item_kind = 'submission' AND state = 'delivered'`).get()).toEqual({ n: 30 });
    expect(central.server.submissionCount()).toBe(30);
    for (const id of ids) expect(central.server.submission(id)?.outcome).toBe('accepted');
    expect(kiosk.host.sync.state().online).toBe(true);
  });

  it('marks an item the server rejects for good as rejected for staff, keeps it, and delivers the rest', async () => {
    let rejectId = '';
    const central = await startTestCentral({
      rejectItem: (item) => (item.id === rejectId ? { reason: 'closed', detail: 'the listing has closed' } : null),
    });
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, tickMs: 60_000 } });
    cleanups.push(() => kiosk.close());
    const ids = queueSubmissions(kiosk.host.db, kiosk.dataDir, 5);
    rejectId = ids[2] ?? '';
    kiosk.host.sync.provision(central.credentials);

    expect(await kiosk.host.sync.sendNow()).toMatchObject({ rejected: 1, stoppedBy: 'empty' });
    expect(kiosk.host.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE item_kind = 'submission' AND state = 'delivered'`).get()).toEqual({ n: 4 });
    const rejected = kiosk.host.db.prepare(`SELECT item_id, last_error FROM outbox WHERE state = 'rejected'`).all();
    expect(rejected).toEqual([{ item_id: rejectId, last_error: 'central:closed' }]);
    // Still there, personal data included, for staff to follow up.
    expect(kiosk.host.db.prepare(`SELECT personal_data IS NOT NULL AS kept FROM submissions WHERE id = ?`).get(rejectId)).toEqual({ kept: 1 });
    expect(await kiosk.host.router.dispatch('status.get', {})).toMatchObject({ ok: true, value: { queueDepth: 0, needsAttention: 1 } });
  });
});
