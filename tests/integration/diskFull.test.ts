import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HostStatusSchema } from '../../shared/contract/appSchemas.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { startTestHost } from '../support/testHost.js';

// Issue #17: the station PC's disk fills up. SQLite's max_page_count caps the real database file, so the next
// write that needs a page fails with SQLITE_FULL exactly as a full disk does.

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const CountSchema = z.object({ n: z.number() });
const PageCountSchema = z.object({ page_count: z.number() });

function interest(n: number) {
  const first17 = `37170219900307${String(n % 1000).padStart(3, '0')}`;
  return { jobId: 'job-0001', visitId: null, name: '测试居民', phone: `139${String(n).padStart(8, '0')}`, idNumber: `${first17}${idChecksumChar(first17)}`, disability: null };
}

describe('a full disk', () => {
  it('answers a submission with a translated storage error, keeps what was stored, alerts staff, and recovers when space returns', async () => {
    const kiosk = startTestHost();
    cleanups.push(() => kiosk.close());
    const { db, router } = kiosk.host;
    const status = async () => {
      const answer = await router.dispatch('status.get', {});
      return HostStatusSchema.parse(answer.ok ? answer.value : undefined);
    };
    expect((await router.dispatch('jobs.registerInterest', interest(0))).ok).toBe(true);
    const { page_count: pages } = PageCountSchema.parse(db.prepare('PRAGMA page_count').get());
    db.pragma(`max_page_count = ${pages}`);

    // Fill what room is left; the first refused write is the disk being full.
    let stored = 1;
    let refused: unknown;
    for (let n = 1; n < 500 && refused === undefined; n += 1) {
      const answer = await router.dispatch('jobs.registerInterest', interest(n));
      if (answer.ok) stored += 1;
      else refused = answer.error;
    }
    expect(refused).toMatchObject({ code: 'storage_full', messageKey: 'errors.storage_full' });
    expect((await status()).storageAlert).toBe('storage_full');
    // Nothing stored before is lost, and the refused one left no half-written row or outbox entry.
    expect(CountSchema.parse(db.prepare(`SELECT COUNT(*) AS n FROM submissions`).get()).n).toBe(stored);
    expect(CountSchema.parse(db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE item_kind = 'submission'`).get()).n).toBe(stored);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');

    // Space returns: the next submission is stored and the alert clears by itself.
    db.pragma(`max_page_count = ${pages * 100}`);
    expect((await router.dispatch('jobs.registerInterest', interest(9_999))).ok).toBe(true);
    expect((await status()).storageAlert).toBeNull();
  });
});
