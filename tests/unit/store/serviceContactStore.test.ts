import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createPersonalDataCipher } from '../../../electron/crypto/personalDataCipher.js';
import { openDatabase, type KioskDatabase } from '../../../electron/store/openDatabase.js';
import { createOutboxQueue } from '../../../electron/store/outboxQueue.js';
import { createServiceContactStore } from '../../../electron/store/serviceContactStore.js';
import { createSubmissionStore, personKeyOf, type NewSubmission } from '../../../electron/store/submissionStore.js';
import { markVisitAssisted } from '../../../electron/store/visitAssistance.js';
import { createVisitStore } from '../../../electron/store/visitStore.js';
import { serviceRecordWindowStart } from '../../../shared/central/serviceRecord.js';
import { idChecksumChar } from '../../../shared/domain/idNumber.js';
import { makeTempDir } from '../../support/tempDir.js';

const temp = makeTempDir('service-contacts');
afterAll(() => temp.remove());
const open: KioskDatabase[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const first17 = '37010219850612345';
const idNumber = `${first17}${idChecksumChar(first17)}`;
const cipher = createPersonalDataCipher(Buffer.alloc(32, 3));

function setUp() {
  const opened = openDatabase(`${temp.path}/kiosk-${Math.random()}.db`);
  if (!opened.ok) throw new Error(opened.error.code);
  const db = opened.value;
  open.push(db);
  const clock = { now: new Date('2027-01-10T02:00:00Z') };
  const submissions = createSubmissionStore(db, cipher, () => clock.now);
  /** A job interest with its 12333 contact, written at `at`. */
  const interest = (at: string, extra: Partial<NewSubmission> = {}): string => {
    clock.now = new Date(at);
    const stored = submissions.create({
      kind: 'job_interest',
      visitId: null,
      staffAssisted: false,
      publicData: {},
      personalData: { idNumber },
      dedupeParts: null,
      serviceContacts: { idNumber, kinds: ['job_recommendation'] },
      ...extra,
    });
    if (!stored.ok) throw new Error('not stored');
    return stored.value.id;
  };
  const counts = (now: string) => createServiceContactStore(db).unforwardedCounts(personKeyOf(cipher, idNumber), serviceRecordWindowStart(new Date(now)));
  return { db, interest, counts };
}

describe('12333 contacts not yet forwarded (real SQLite file)', () => {
  it('counts a rolling year back from now, not the calendar year', () => {
    const { interest, counts } = setUp();
    interest('2026-01-10T02:00:00.000Z'); // exactly one year before: still inside
    interest('2026-01-10T01:59:59.999Z'); // a millisecond earlier: outside
    interest('2026-06-01T00:00:00.000Z'); // last calendar year, but within the year: inside
    expect(counts('2027-01-10T02:00:00.000Z').selfService.job_recommendation).toBe(2);
    // A day later the first one has had its year.
    expect(counts('2027-01-11T02:00:00.000Z').selfService.job_recommendation).toBe(1);
  });

  it('keeps the resident’s own use apart from what staff delivered', () => {
    const { interest, counts } = setUp();
    interest('2027-01-01T00:00:00Z');
    interest('2027-01-02T00:00:00Z', { staffAssisted: true });
    interest('2027-01-03T00:00:00Z', { kind: 'service_record', staffAssisted: true, serviceContacts: { idNumber, kinds: ['career_guidance'] } });
    expect(counts('2027-01-10T00:00:00Z')).toEqual({
      staff: { policy_contact: 0, career_guidance: 1, job_recommendation: 1, training_offer: 0 },
      selfService: { policy_contact: 0, career_guidance: 0, job_recommendation: 1, training_offer: 0 },
    });
  });

  it('counts a submission made in a staff-assisted visit as staff-delivered', () => {
    const { db, interest, counts } = setUp();
    const visits = createVisitStore(db);
    const assisted = visits.start('zh-CN', new Date('2027-01-05T00:00:00Z'));
    const alone = visits.start('zh-CN', new Date('2027-01-05T00:00:00Z'));
    expect(markVisitAssisted(db, assisted)).toBe('marked');
    interest('2027-01-05T00:10:00Z', { visitId: assisted });
    interest('2027-01-05T00:20:00Z', { visitId: alone, kind: 'training_signup', serviceContacts: { idNumber, kinds: ['training_offer'] } });
    const split = counts('2027-01-10T00:00:00Z');
    expect([split.staff.job_recommendation, split.selfService.job_recommendation]).toEqual([1, 0]);
    expect([split.staff.training_offer, split.selfService.training_offer]).toEqual([0, 1]);
  });

  it('leaves out contacts whose submission the central API already has, or refused', () => {
    const { db, interest, counts } = setUp();
    const delivered = interest('2027-01-01T00:00:00Z', { staffAssisted: true });
    const refused = interest('2027-01-02T00:00:00Z', { staffAssisted: true });
    interest('2027-01-03T00:00:00Z', { staffAssisted: true });
    const queue = createOutboxQueue(db);
    queue.markDelivered('submission', [{ itemId: delivered, centralReference: 'SD-1' }], new Date('2027-01-04T00:00:00Z'));
    queue.markRejected('submission', [{ itemId: refused, reason: 'central:closed' }]);
    expect(counts('2027-01-10T00:00:00Z').staff.job_recommendation).toBe(1);
  });
});
