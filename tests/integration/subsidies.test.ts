import { afterEach, describe, expect, it } from 'vitest';
import { StatusLookupOutputSchema } from '../../shared/contract/subsidySchemas.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { FAST_SYNC, startTestCentral } from '../support/centralForTests.js';
import { startTestHost } from '../support/testHost.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const first17 = '37010219850612345';
const idNumber = `${first17}${idChecksumChar(first17)}`;
const wrongCheck = `${first17}${idChecksumChar(first17) === '1' ? '2' : '1'}`;

describe('subsidy channels against the reference central API', () => {
  it('a call-back inquiry is stored, counted as a policy contact, forwarded, and then counted centrally (never twice)', async () => {
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

    const before = await lookup();
    expect(before.kind === 'answered' && before.progress.policy_contact).toEqual({ central: 0, local: 1, target: 2 });

    expect((await kiosk.host.sync.sendNow()).stoppedBy).toBe('empty');
    const after = await lookup();
    expect(after.kind === 'answered' && after.progress.policy_contact).toEqual({ central: 1, local: 0, target: 2 });
    // The 身份证号 is never stored in the clear on the kiosk.
    expect(JSON.stringify(kiosk.host.db.prepare('SELECT * FROM service_contacts').all())).not.toContain(idNumber);
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
