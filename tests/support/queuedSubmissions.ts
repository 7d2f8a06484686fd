import { createPersonalDataCipher } from '../../electron/crypto/personalDataCipher.js';
import { loadOrCreateKeyFile } from '../../electron/crypto/personalDataKey.js';
import type { KioskDatabase } from '../../electron/store/openDatabase.js';
import { createSubmissionStore } from '../../electron/store/submissionStore.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';

/**
 * Puts `count` job-interest submissions into a kiosk's outbox through the real submission store (same
 * key file as the host, so the forwarder can decrypt them). Returns their ids in creation order.
 */
export function queueSubmissions(db: KioskDatabase, dataDir: string, count: number, clock: () => Date = () => new Date()): string[] {
  const key = loadOrCreateKeyFile(dataDir);
  if (!key.ok) throw new Error(key.error.message);
  const store = createSubmissionStore(db, createPersonalDataCipher(key.value), clock);
  const ids: string[] = [];
  db.transaction(() => {
    for (let n = 0; n < count; n += 1) {
      const first17 = `3701021990${String(n % 10_000_000).padStart(7, '0')}`;
      const created = store.create({
        kind: 'job_interest',
        visitId: null,
        staffAssisted: false,
        publicData: { jobId: `job-${n % 50}` },
        personalData: { name: '测试居民', phone: `139${String(n).padStart(8, '0')}`, idNumber: `${first17}${idChecksumChar(first17)}` },
        dedupeParts: null,
      });
      if (!created.ok) throw new Error('submission refused');
      ids.push(created.value.id);
    }
  })();
  return ids;
}
