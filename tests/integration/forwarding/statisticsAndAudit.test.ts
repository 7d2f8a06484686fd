import { afterEach, describe, expect, it } from 'vitest';
import { VisitStartOutputSchema } from '../../../shared/contract/appSchemas.js';
import { FAST_SYNC, startTestCentral } from '../../support/centralForTests.js';
import { startTestHost } from '../../support/testHost.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('visit statistics and the audit log travel with the submissions', () => {
  it('forwards each finished visit and each audit entry exactly once, and the status area counts only submissions', async () => {
    const central = await startTestCentral({ faults: { dropAfterBodyRate: 0.3 } });
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, tickMs: 60_000 } });
    cleanups.push(() => kiosk.close());
    for (let n = 0; n < 5; n += 1) {
      const started = await kiosk.host.router.dispatch('visit.start', { language: 'zh-CN' });
      if (!started.ok) throw new Error('no visit');
      const { visitId } = VisitStartOutputSchema.parse(started.value);
      await kiosk.host.router.dispatch('visit.recordScreen', { visitId, screen: 'jobs' });
      await kiosk.host.router.dispatch('visit.end', { visitId, outcome: 'completed', modes: ['audio'] });
    }
    const status = await kiosk.host.router.dispatch('status.get', {});
    expect(status).toMatchObject({ ok: true, value: { queueDepth: 0 } });
    expect(kiosk.host.sync.counts().pending).toBeGreaterThanOrEqual(6); // 5 visits + "kiosk.started"

    kiosk.host.sync.provision(central.credentials); // itself an audit entry ("sync.provisioned")
    for (let round = 0; round < 20 && kiosk.host.sync.counts().pending > 0; round += 1) await kiosk.host.sync.sendNow();
    expect(kiosk.host.sync.counts().pending).toBe(0);
    expect(central.server.visitCount()).toBe(5);
    const auditRows = kiosk.host.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE uuid IS NOT NULL`).get();
    expect(auditRows).toEqual({ n: central.server.auditCount() });
    expect(central.server.auditCount()).toBeGreaterThanOrEqual(2);
  });
});
