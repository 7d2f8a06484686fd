import { afterEach, describe, expect, it } from 'vitest';
import { StatusLookupOutputSchema } from '../../shared/contract/subsidySchemas.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { FAST_SYNC, startTestCentral } from '../support/centralForTests.js';
import { signInStaff } from '../support/staffSession.js';
import { startTestHost } from '../support/testHost.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const first17 = '37010219850612345';
const idNumber = `${first17}${idChecksumChar(first17)}`;
const wrongCheck = `${first17}${idChecksumChar(first17) === '1' ? '2' : '1'}`;

/** A kiosk provisioned against a fresh reference central API; forwarding only when the test says so. */
async function kioskWithCentral(clock?: () => Date) {
  const central = await startTestCentral(clock === undefined ? {} : { clock });
  cleanups.push(() => central.close());
  const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, tickMs: 60_000 }, ...(clock === undefined ? {} : { clock }) });
  cleanups.push(() => kiosk.close());
  kiosk.host.sync.provision(central.credentials);
  const dispatch = (channel: string, payload: unknown) => kiosk.host.router.dispatch(channel, payload);
  const progress = async () => {
    const answer = await dispatch('subsidies.lookupStatus', { visitId: null, idNumber, phoneLast4: '5678' });
    if (!answer.ok) throw new Error(answer.error.code);
    const parsed = StatusLookupOutputSchema.parse(answer.value);
    if (parsed.kind !== 'answered') throw new Error('the central API did not answer');
    return parsed.progress;
  };
  return { central, kiosk, dispatch, progress };
}

describe('subsidy channels against the reference central API', () => {
  it('a call-back inquiry made alone is stored, forwarded and counted once, as self-service, never as a staff service', async () => {
    const central = await startTestCentral();
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, tickMs: 60_000 } });
    cleanups.push(() => kiosk.close());
    kiosk.host.sync.provision(central.credentials);
    const lookup = async () => {
      const answer = await kiosk.host.router.dispatch('subsidies.lookupStatus', { visitId: null, idNumber, phoneLast4: '5678' });
      if (!answer.ok) throw new Error(answer.error.code);
      return StatusLookupOutputSchema.parse(answer.value);
    };

    // Stop the central API from taking uploads for a moment, so the inquiry waits in the outbox.
    central.server.setFaults({ errorRate: 1 });
    const inquiry = await kiosk.host.router.dispatch('subsidies.inquire', { policyId: 'startup-subsidy', visitId: null, name: '王芳', phone: '13812345678', idNumber });
    expect(inquiry).toMatchObject({ ok: true, value: { reference: expect.stringMatching(/^S\d{5}$/) } });
    const again = await kiosk.host.router.dispatch('subsidies.inquire', { policyId: 'startup-subsidy', visitId: null, name: '王芳', phone: '13812345678', idNumber });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await kiosk.host.sync.sendNow();
    central.server.setFaults({});

    // The resident asked for a call-back on their own: shown to them, not a staff service (鲁就办〔2023〕13号 item 16).
    const before = await lookup();
    expect(before.kind === 'answered' && before.progress.policy_contact).toEqual({ staff: 0, staffUnsent: 0, selfService: 1, target: 2 });

    expect((await kiosk.host.sync.sendNow()).stoppedBy).toBe('empty');
    const after = await lookup();
    expect(after.kind === 'answered' && after.progress.policy_contact).toEqual({ staff: 0, staffUnsent: 0, selfService: 1, target: 2 });
    // The 身份证号 is never stored in the clear on the kiosk.
    expect(JSON.stringify(kiosk.host.db.prepare('SELECT * FROM service_contacts').all())).not.toContain(idNumber);
  });

  it('services staff deliver count toward the targets: one recorded by staff, one made in an assisted visit; unsent, then central, never twice', async () => {
    const { central, kiosk, dispatch, progress } = await kioskWithCentral();
    const token = await signInStaff(kiosk.host.router);
    central.server.setFaults({ errorRate: 1 });

    // A career-guidance talk at the desk, recorded by staff.
    const recorded = await dispatch('staff.recordService', { token, idNumber, service: 'career_guidance' });
    expect(recorded).toMatchObject({ ok: true, value: { reference: 'R00001' } });
    const recordedId = recorded.ok ? (recorded.value as { submissionId: string }).submissionId : '';
    expect(await dispatch('staff.recordService', { token, idNumber, service: 'career_guidance' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: [{ path: 'idNumber', messageKey: 'staff.errors.serviceAlreadyRecorded', params: { reference: 'R00001' } }] },
    });
    expect(await dispatch('staff.recordService', { token, idNumber: wrongCheck, service: 'career_guidance' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'idNumber', messageKey: 'errors.idNumber.bad_checksum' }] },
    });
    expect(await dispatch('staff.recordService', { token, idNumber, service: 'lottery' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('staff.recordService', { token: 'f'.repeat(64), idNumber, service: 'training_offer' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // A call-back asked for in a visit staff took over: staff delivered that policy contact.
    const started = await dispatch('visit.start', { language: 'zh-CN' });
    const visitId = started.ok ? (started.value as { visitId: string }).visitId : '';
    expect(await dispatch('staff.assist', { token, visitId })).toEqual({ ok: true, value: {} });
    const inquiry = await dispatch('subsidies.inquire', { policyId: 'startup-subsidy', visitId, name: '王芳', phone: '13812345678', idNumber });
    expect(inquiry).toMatchObject({ ok: true });
    await kiosk.host.sync.sendNow();
    central.server.setFaults({});

    const before = await progress();
    expect(before.career_guidance).toEqual({ staff: 1, staffUnsent: 1, selfService: 0, target: 3 });
    expect(before.policy_contact).toEqual({ staff: 1, staffUnsent: 1, selfService: 0, target: 2 });

    expect((await kiosk.host.sync.sendNow()).stoppedBy).toBe('empty');
    const after = await progress();
    expect(after.career_guidance).toEqual({ staff: 1, staffUnsent: 0, selfService: 0, target: 3 });
    expect(after.policy_contact).toEqual({ staff: 1, staffUnsent: 0, selfService: 0, target: 2 });
    // What the central API received says what staff delivered, for whom.
    expect(central.server.submission(recordedId)?.body).toMatchObject({
      kind: 'service_record',
      reference: 'R00001',
      staffAssisted: true,
      publicData: { service: 'career_guidance' },
      personalData: { idNumber },
    });
  });

  it('counts a service for one year after it happened, across the turn of the calendar year, at the kiosk and centrally', async () => {
    let now = new Date('2026-03-01T09:00:00+08:00');
    const { central, kiosk, dispatch, progress } = await kioskWithCentral(() => now);
    const token = await signInStaff(kiosk.host.router);
    expect(await dispatch('staff.recordService', { token, idNumber, service: 'policy_contact' })).toMatchObject({ ok: true });
    expect((await kiosk.host.sync.sendNow()).stoppedBy).toBe('empty');
    // Recorded on this kiosk while the central API is failing: it stays unsent.
    central.server.setFaults({ errorRate: 1 });
    expect(await dispatch('staff.recordService', { token, idNumber, service: 'training_offer' })).toMatchObject({ ok: true });
    await kiosk.host.sync.sendNow();
    central.server.setFaults({});

    // A new calendar year, but not a year later: both still count.
    now = new Date('2027-01-05T09:00:00+08:00');
    const newYear = await progress();
    expect([newYear.policy_contact.staff, newYear.training_offer.staff, newYear.training_offer.staffUnsent]).toEqual([1, 1, 1]);
    // A year and a second after: the central one and the unsent one have both had their year.
    now = new Date('2027-03-01T09:00:01+08:00');
    const yearOn = await progress();
    expect([yearOn.policy_contact.staff, yearOn.training_offer.staff, yearOn.training_offer.staffUnsent]).toEqual([0, 0, 0]);
  });

  it('answers "unavailable" when the central API is down, slow or answers garbage, and a status request is then stored', async () => {
    const central = await startTestCentral();
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, tickMs: 60_000 } });
    cleanups.push(() => kiosk.close());
    kiosk.host.sync.provision(central.credentials);
    for (const faults of [{ errorRate: 1 }, { malformedRate: 1 }, { unauthorized: true }]) {
      central.server.setFaults(faults);
      const answer = await kiosk.host.router.dispatch('subsidies.lookupStatus', { visitId: null, idNumber, phoneLast4: '5678' });
      expect(answer).toEqual({ ok: true, value: { kind: 'unavailable' } });
    }
    const refused = await kiosk.host.router.dispatch('subsidies.requestStatus', { visitId: null, idNumber: wrongCheck, phoneLast4: '56a8' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const stored = await kiosk.host.router.dispatch('subsidies.requestStatus', { visitId: null, idNumber, phoneLast4: '5678' });
    expect(stored).toMatchObject({ ok: true, value: { reference: expect.stringMatching(/^Q\d{5}$/) } });
    expect(kiosk.host.sync.counts().pendingSubmissions).toBe(1);
  });
});
