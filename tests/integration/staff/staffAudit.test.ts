import { afterEach, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../../shared/contract/channels.js';
import { defaultSyncSettings } from '../../../shared/central/syncSettings.js';
import { idChecksumChar } from '../../../shared/domain/idNumber.js';
import { defaultStationConfig } from '../../../shared/station/defaultStationConfig.js';
import { queueSubmissions } from '../../support/queuedSubmissions.js';
import { signInStaff, TEST_STAFF_PIN } from '../../support/staffSession.js';
import { startTestHost } from '../../support/testHost.js';

type AuditRow = { at: string; actor: string; action: string; detail: string };
const residentId = `37010219850612345${idChecksumChar('37010219850612345')}`;

// What each staff channel writes to the audit log. Reads (status, dashboard, settings, report) change
// nothing and are not actions; everything else is. A new staff channel fails the first test until it
// is listed here, so no staff action can slip in unaudited.
const auditOf: Readonly<Record<string, readonly string[] | 'read'>> = {
  'staff.call': ['staff.called'],
  'staff.status': 'read',
  'staff.setPin': ['staff.pin_set', 'staff.pin_changed'],
  'staff.signIn': ['staff.signed_in', 'staff.sign_in_failed'],
  'staff.signOut': ['staff.exited', 'staff.timed_out', 'staff.handed_back'],
  'staff.dashboard': 'read',
  'staff.acknowledgeCalls': ['staff.calls_acknowledged'],
  'staff.assist': ['staff.assist_started'],
  'staff.syncNow': ['staff.sync_now'],
  'staff.refreshCatalog': ['staff.catalog_refreshed'],
  'staff.retryRejected': ['staff.rejected_retried'],
  'staff.annotateRejected': ['staff.rejected_annotated'],
  'staff.report': 'read',
  'staff.recordAction': ['staff.speech_tested', 'staff.report_printed'],
  'staff.recordService': ['staff.service_recorded'],
  'staff.settings': 'read',
  'staff.saveSettings': ['staff.settings_saved'],
};

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('audit log of staff actions (issue #8)', () => {
  it('lists every staff channel', () => {
    expect(Object.keys(auditOf).sort()).toEqual(channelNames.filter((name) => name.startsWith('staff.')).sort());
  });

  it('records every staff action with who, what and when', async () => {
    let now = new Date('2026-03-02T09:00:00+08:00');
    const kiosk = startTestHost({ clock: () => now });
    cleanups.push(() => kiosk.close());
    const { router, db } = kiosk.host;
    const auditSince = (id: number): AuditRow[] =>
      db.prepare('SELECT at, actor, action, detail FROM audit_log WHERE id > ? ORDER BY id').all(id) as AuditRow[];
    const lastId = (): number => (db.prepare('SELECT coalesce(MAX(id), 0) AS id FROM audit_log').get() as { id: number }).id;
    const seen = new Set<string>();
    /** Runs one call and returns the audit rows it wrote, each stamped with the host clock's time. */
    const act = async (channel: ChannelName, payload: unknown): Promise<AuditRow[]> => {
      now = new Date(now.getTime() + 60_000);
      const before = lastId();
      const answer = await router.dispatch(channel, payload);
      expect(answer.ok, `${channel}: ${JSON.stringify(answer)}`).toBe(true);
      const rows = auditSince(before);
      for (const row of rows) {
        expect(row.at).toBe(now.toISOString());
        seen.add(row.action);
      }
      return rows;
    };

    await act('staff.call', {});
    const token = await signInStaff(router); // first start: sets the PIN, which signs in
    const firstSession = auditSince(0).filter((row) => row.actor === 'staff');
    expect(firstSession.map((row) => row.action)).toEqual(['staff.pin_set', 'staff.signed_in']);
    const session = (JSON.parse(firstSession[0]?.detail ?? '{}') as { session: string }).session;
    expect(session).toMatch(/^[0-9a-f]{8}$/);
    firstSession.forEach((row) => seen.add(row.action));

    const started = await router.dispatch('visit.start', { language: 'zh-CN' });
    const visitId = started.ok ? (started.value as { visitId: string }).visitId : '';
    const [submissionId] = queueSubmissions(db, kiosk.dataDir, 1);
    db.prepare(`UPDATE outbox SET state = 'rejected', last_error = 'central:closed' WHERE item_id = ?`).run(submissionId);
    const outboxId = (db.prepare('SELECT id FROM outbox WHERE item_id = ?').get(submissionId) as { id: number }).id;
    const station = { ...defaultStationConfig, idleTimeoutSeconds: 300, keyBindings: {} };

    const reads: [ChannelName, unknown][] = [
      ['staff.status', {}],
      ['staff.dashboard', { token }],
      ['staff.settings', { token }],
      ['staff.report', { token }],
    ];
    for (const [channel, payload] of reads) expect(await act(channel, payload)).toEqual([]);

    const actions: [ChannelName, unknown, string][] = [
      ['staff.acknowledgeCalls', { token }, 'staff.calls_acknowledged'],
      ['staff.assist', { token, visitId }, 'staff.assist_started'],
      ['staff.syncNow', { token }, 'staff.sync_now'],
      ['staff.refreshCatalog', { token }, 'staff.catalog_refreshed'],
      ['staff.annotateRejected', { token, outboxId, note: '已电话联系' }, 'staff.rejected_annotated'],
      ['staff.retryRejected', { token, outboxId }, 'staff.rejected_retried'],
      ['staff.recordAction', { token, action: 'speech_tested' }, 'staff.speech_tested'],
      ['staff.recordAction', { token, action: 'report_printed' }, 'staff.report_printed'],
      ['staff.recordService', { token, idNumber: residentId, service: 'career_guidance' }, 'staff.service_recorded'],
      [
        'staff.saveSettings',
        { token, settings: { station, sync: defaultSyncSettings, printer: { deviceName: '' }, central: { baseUrl: '', stationId: '', secret: '' } } },
        'staff.settings_saved',
      ],
      ['staff.setPin', { token, pin: '975318' }, 'staff.pin_changed'],
      ['staff.signOut', { token, reason: 'handed_back' }, 'staff.handed_back'],
    ];
    for (const [channel, payload, action] of actions) {
      const rows = await act(channel, payload);
      expect(rows.map((row) => [row.actor, row.action])).toEqual([['staff', action]]);
      expect(JSON.parse(rows[0]?.detail ?? '{}')).toMatchObject({ session });
    }
    // Which settings changed is recorded, never their values.
    const saved = auditSince(0).find((row) => row.action === 'staff.settings_saved');
    expect(JSON.parse(saved?.detail ?? '{}')).toEqual({ session, changed: 'station.idleTimeoutSeconds' });
    // The note a staff member typed stays out of the log, and so does a resident's 身份证号.
    expect(JSON.stringify(auditSince(0))).not.toContain('已电话联系');
    expect(JSON.stringify(auditSince(0))).not.toContain(residentId);
    const recorded = auditSince(0).find((row) => row.action === 'staff.service_recorded');
    expect(JSON.parse(recorded?.detail ?? '{}')).toEqual({ session, service: 'career_guidance', reference: 'R00001' });

    // A wrong PIN is an attempt by someone unknown; each sign-out reason has its own entry.
    const wrong = await act('staff.signIn', { pin: TEST_STAFF_PIN });
    expect(wrong.map((row) => [row.actor, row.action])).toEqual([['anonymous', 'staff.sign_in_failed']]);
    for (const reason of ['exit', 'timed_out'] as const) {
      const again = await signInStaff(router, '975318');
      const rows = await act('staff.signOut', { token: again, reason });
      expect(rows.map((row) => row.action)).toEqual([reason === 'exit' ? 'staff.exited' : 'staff.timed_out']);
    }

    const expected = Object.values(auditOf).flatMap((actions) => (actions === 'read' ? [] : actions));
    expect([...seen].sort()).toEqual(expect.arrayContaining(expected));
  });

  it('refuses every staff action without a current session, and writes nothing for it', async () => {
    const kiosk = startTestHost();
    cleanups.push(() => kiosk.close());
    const { router, db } = kiosk.host;
    const token = await signInStaff(router);
    await router.dispatch('staff.signOut', { token, reason: 'exit' });
    const before = db.prepare('SELECT COUNT(*) AS n FROM audit_log').get();
    for (const channel of ['staff.dashboard', 'staff.syncNow', 'staff.settings', 'staff.acknowledgeCalls', 'staff.report'] as const) {
      for (const stale of [token, 'f'.repeat(64)]) {
        const answer = await router.dispatch(channel, { token: stale });
        expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } });
      }
    }
    // Changing the PIN needs a session once one is set.
    expect(await router.dispatch('staff.setPin', { pin: '975318' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual(before);
  });
});
