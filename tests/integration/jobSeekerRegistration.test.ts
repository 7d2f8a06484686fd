import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JobSeekerReceiptSchema } from '../../shared/contract/matchingSchemas.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import type { JobSeekerProfile } from '../../shared/matching/jobSeekerProfile.js';
import { seededRandom } from '../../shared/random/seededRandom.js';
import { FAST_SYNC, startTestCentral, waitUntil } from '../support/centralForTests.js';
import { startTestHost } from '../support/testHost.js';

// 求职登记 (需求归集, issue #15) through the real host and SQLite, forwarded over real HTTP to the reference central
// API: a returning resident updates their registration rather than making a second one, here and at the centre.

const NOW = new Date('2026-11-23T09:00:00+08:00');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function validId(first17: string): string {
  return `${first17}${idChecksumChar(first17)}`;
}
const ID = validId('37170219850615123');

const profile: JobSeekerProfile = {
  categories: ['handicraft'],
  districtCodes: ['371702'],
  place: 'either',
  hours: 'flexible',
  payFloor: { yuan: 1800, unit: 'month' },
  needs: { stepFree: true, accessibleToilet: false, signLanguage: false, assisted: false },
  disability: { consent: true, category: 'physical' },
};

function registration(changes: Record<string, unknown> = {}) {
  return { visitId: null, name: '赵六', phone: '13712345678', idNumber: ID, profile, ...changes };
}

const RowSchema = z.object({ reference: z.string(), public_data: z.string(), personal_data: z.instanceof(Buffer) });

describe('job-seeker registration', () => {
  it('stores a registration, updates it for the same 身份证号 and phone, and refuses bad input with nothing stored', async () => {
    const kiosk = startTestHost({ clock: () => NOW });
    cleanups.push(() => kiosk.close());
    const register = async (input: unknown) => kiosk.host.router.dispatch('jobSeekers.register', input);

    const first = await register(registration());
    expect(first.ok).toBe(true);
    const firstReceipt = JobSeekerReceiptSchema.parse(first.ok ? first.value : undefined);
    expect(firstReceipt).toMatchObject({ reference: 'D00001', updated: false });

    const again = await register(registration({ profile: { ...profile, categories: ['handicraft', 'audiobook'] } }));
    expect(JobSeekerReceiptSchema.parse(again.ok ? again.value : undefined)).toMatchObject({ reference: 'D00001', updated: true });

    // Another phone is another registration.
    const other = await register(registration({ phone: '13812345678' }));
    expect(JobSeekerReceiptSchema.parse(other.ok ? other.value : undefined)).toMatchObject({ reference: 'D00002', updated: false });

    const rows = z.array(RowSchema).parse(kiosk.host.db.prepare(`SELECT reference, public_data, personal_data FROM submissions WHERE kind = 'job_seeker' ORDER BY rowid`).all());
    expect(rows.map((row) => row.reference)).toEqual(['D00001', 'D00001', 'D00002']);
    const revisions = rows.map((row) => z.object({ registrationId: z.string(), revision: z.number() }).parse(JSON.parse(row.public_data)));
    expect(revisions[1]?.registrationId).toBe(revisions[0]?.registrationId);
    expect(revisions.map((revision) => revision.revision)).toEqual([1, 2, 1]);
    // The category is sensitive: never in the clear, not even in publicData.
    for (const row of rows) {
      expect(row.public_data).not.toContain('physical');
      expect(row.personal_data.toString('latin1')).not.toContain(ID);
    }

    // Bad input: a field-named, translated error each time, and nothing more stored.
    const bad = [
      [registration({ idNumber: `${ID.slice(0, 17)}0` === ID ? `${ID.slice(0, 17)}1` : `${ID.slice(0, 17)}0` }), 'idNumber'],
      [registration({ name: '😀😀' }), 'name'],
      [registration({ name: '张'.repeat(300) }), 'name'],
      [registration({ phone: '12345' }), 'phone'],
    ] as const;
    for (const [input, field] of bad) {
      const answer = await register(input);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.fields.map((error) => error.path)).toContain(field);
        expect(answer.error.fields.every((error) => error.messageKey.startsWith('errors.'))).toBe(true);
      }
    }
    const wrongShape = await register({ ...registration(), profile: { ...profile, disability: { consent: false, category: 'physical' } } });
    expect(wrongShape.ok).toBe(false);
    expect(kiosk.host.db.prepare(`SELECT COUNT(*) AS n FROM submissions`).get()).toEqual({ n: 3 });
  });

  it('reaches the central API exactly once per revision under the fault mix, which holds one registration per resident at its latest answers', async () => {
    const central = await startTestCentral({
      random: seededRandom(151),
      faults: { latencyMs: [0, 20], errorRate: 0.1, timeoutRate: 0.05, malformedRate: 0.1, dropAfterBodyRate: 0.05 },
    });
    cleanups.push(() => central.close());
    // The real clock: retries wait for it to move on.
    const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, batchSize: 3 } });
    cleanups.push(() => kiosk.close());
    const phones = Array.from({ length: 12 }, (_, index) => `139${String(index).padStart(8, '0')}`);
    for (const phone of phones) {
      await kiosk.host.router.dispatch('jobSeekers.register', registration({ phone }));
      // Every resident comes back once and changes the lowest pay they would accept.
      await kiosk.host.router.dispatch('jobSeekers.register', registration({ phone, profile: { ...profile, payFloor: { yuan: 2200, unit: 'month' } } }));
    }
    kiosk.host.sync.provision(central.credentials);
    await waitUntil(() => kiosk.host.sync.counts().pending === 0, 'the outbox to drain', 60_000);

    expect(central.server.submissionCount()).toBe(24);
    const held = central.server.jobSeekerRegistrations();
    expect(held).toHaveLength(12);
    expect(held.every((registrationHeld) => registrationHeld.revision === 2 && registrationHeld.profile.payFloor?.yuan === 2200)).toBe(true);
    expect(new Set(held.map((registrationHeld) => registrationHeld.reference)).size).toBe(12);
    const statuses = central.server.requestLog().map((entry) => entry.status);
    expect(statuses.some((status) => status !== 200)).toBe(true);
  }, 90_000);
});
