import { afterEach, describe, expect, it } from 'vitest';
import type { StaffDashboard } from '../../../shared/contract/staffSchemas.js';
import { queueSubmissions } from '../../support/queuedSubmissions.js';
import { runScriptedVisits, threeVisits } from '../../support/scriptedVisits.js';
import { signInStaff } from '../../support/staffSession.js';
import { startTestHost } from '../../support/testHost.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function dashboard(router: ReturnType<typeof startTestHost>['host']['router'], token: string): Promise<StaffDashboard> {
  const answer = await router.dispatch('staff.dashboard', { token });
  if (!answer.ok) throw new Error(answer.error.messageKey);
  return answer.value as StaffDashboard;
}

describe('staff dashboard (issue #8)', () => {
  it("counts today's finished visits by service, outcome and mode, and submissions by kind, from local statistics", async () => {
    const kiosk = startTestHost();
    cleanups.push(() => kiosk.close());
    const { router } = kiosk.host;
    await runScriptedVisits(router, threeVisits);
    await router.dispatch('visit.start', { language: 'zh-CN' }); // still going: not counted yet
    const token = await signInStaff(router);
    const { today } = await dashboard(router, token);
    expect(today.visits).toEqual({
      total: 3,
      assisted: 0,
      byService: { jobs: 1, training: 1, subsidies: 1 },
      byOutcome: { completed: 1, timed_out: 1, abandoned: 1 },
    });
    expect(today.submissions).toEqual({
      total: 2,
      assisted: 0,
      byKind: { job_interest: 2, training_signup: 0, subsidy_inquiry: 0, status_request: 0, service_record: 0, job_seeker: 0 },
    });
    expect(today.modes).toEqual({ audio: 1, large_text: 2, high_contrast: 0, easy_read: 1, screen_reader: 0, screen_blanked: 0, touch_explore: 0, english: 0 });
    // The daily report holds the same counts and nothing personal.
    const report = await router.dispatch('staff.report', { token });
    expect(report).toMatchObject({ ok: true, value: { counts: today, station: { stationId: null } } });
    expect(JSON.stringify(report)).not.toMatch(/1391234000|测试居民/);
    const yesterday = await router.dispatch('staff.report', { token, date: '2020-01-01' });
    expect(yesterday).toMatchObject({ ok: true, value: { counts: { visits: { total: 0 }, submissions: { total: 0 } } } });
  });

  it('marks every submission of an assisted visit staff-assisted, and no other', async () => {
    const kiosk = startTestHost();
    cleanups.push(() => kiosk.close());
    const { router, db } = kiosk.host;
    const token = await signInStaff(router);
    const started = await router.dispatch('visit.start', { language: 'zh-CN' });
    const visitId = started.ok ? (started.value as { visitId: string }).visitId : '';
    expect(await router.dispatch('staff.assist', { token, visitId })).toEqual({ ok: true, value: {} });
    for (const phone of ['13912345601', '13912345602']) {
      const answer = await router.dispatch('jobs.registerInterest', { jobId: 'job-0002', visitId, name: '王小明', phone, idNumber: null, disability: null });
      expect(answer.ok).toBe(true);
    }
    await router.dispatch('visit.end', { visitId, outcome: 'completed', modes: ['large_text', 'high_contrast'] });
    await runScriptedVisits(router, [threeVisits[0] ?? { screens: [], modes: [], outcome: 'completed' }]);
    expect(db.prepare('SELECT visit_id = ? AS assisted_visit, staff_assisted FROM submissions ORDER BY created_at, id').all(visitId)).toEqual([
      { assisted_visit: 1, staff_assisted: 1 },
      { assisted_visit: 1, staff_assisted: 1 },
      { assisted_visit: 0, staff_assisted: 0 },
      { assisted_visit: 0, staff_assisted: 0 },
    ]);
    const { today } = await dashboard(router, token);
    expect(today.visits.assisted).toBe(1);
    expect(today.submissions.assisted).toBe(2);
    // An ended visit cannot be taken over any more.
    expect(await router.dispatch('staff.assist', { token, visitId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('shows outbox depth, the oldest waiting item, the last delivery and error, and lets staff retry or annotate a refused item', async () => {
    const kiosk = startTestHost();
    cleanups.push(() => kiosk.close());
    const { router, db } = kiosk.host;
    const token = await signInStaff(router);
    const ids = queueSubmissions(db, kiosk.dataDir, 4);
    const [refused, delivered, waiting] = ids;
    db.prepare(`UPDATE outbox SET state = 'rejected', last_error = 'central:closed', attempts = 1 WHERE item_id = ?`).run(refused);
    db.prepare(`UPDATE outbox SET state = 'delivered', delivered_at = '2026-03-02T01:00:00.000Z', central_reference = 'C1' WHERE item_id = ?`).run(delivered);
    db.prepare(`UPDATE outbox SET last_error = 'http_503', attempts = 2 WHERE item_id = ?`).run(waiting);

    const before = await dashboard(router, token);
    // The audit log waits in the outbox too (forwarded with the statistics): the kiosk's start is the oldest item.
    const waitingAudit = (db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending' AND item_kind = 'audit'`).get() as { n: number }).n;
    expect(waitingAudit).toBeGreaterThanOrEqual(2); // kiosk.started, staff sign-in
    const started = (db.prepare(`SELECT at FROM audit_log WHERE action = 'kiosk.started'`).get() as { at: string }).at;
    expect(before.forwarding).toMatchObject({
      pending: 2 + waitingAudit,
      rejected: 1,
      oldestPending: { itemKind: 'audit', createdAt: started },
      lastDeliveredAt: '2026-03-02T01:00:00.000Z',
      lastError: { reason: 'http_503', items: 1 },
      alert: null,
    });
    expect(before.forwarding.rejectedItems).toEqual([
      expect.objectContaining({ itemKind: 'submission', submissionKind: 'job_interest', reference: 'J00001', reason: 'central:closed', attempts: 1, note: null }),
    ]);
    const outboxId = before.forwarding.rejectedItems[0]?.outboxId ?? 0;

    expect(await router.dispatch('staff.annotateRejected', { token, outboxId, note: ' 已电话联系，岗位已招满 ' })).toEqual({ ok: true, value: {} });
    const noted = await dashboard(router, token);
    expect(noted.forwarding.rejectedItems[0]).toMatchObject({ note: '已电话联系，岗位已招满' });

    expect(await router.dispatch('staff.retryRejected', { token, outboxId })).toEqual({ ok: true, value: {} });
    expect(db.prepare('SELECT state, last_error, staff_note FROM outbox WHERE id = ?').get(outboxId)).toEqual({
      state: 'pending',
      last_error: null,
      staff_note: '已电话联系，岗位已招满',
    });
    // Only refused items can be retried or annotated.
    expect(await router.dispatch('staff.retryRejected', { token, outboxId })).toMatchObject({
      ok: false,
      error: { code: 'not_found', fields: [{ path: 'outboxId', messageKey: 'staff.errors.notRejected' }] },
    });
  });

  it('shows residents calling for staff until acknowledged', async () => {
    const kiosk = startTestHost();
    cleanups.push(() => kiosk.close());
    const { router } = kiosk.host;
    await router.dispatch('staff.call', {});
    await router.dispatch('staff.call', {});
    const token = await signInStaff(router);
    const called = await dashboard(router, token);
    expect(called.calls.pending).toBe(2);
    expect(called.calls.lastCalledAt).not.toBeNull();
    await router.dispatch('staff.acknowledgeCalls', { token });
    expect((await dashboard(router, token)).calls).toEqual({ pending: 0, lastCalledAt: null });
    await router.dispatch('staff.call', {});
    expect((await dashboard(router, token)).calls.pending).toBe(1);
  });
});
