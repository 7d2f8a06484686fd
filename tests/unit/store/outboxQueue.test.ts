import { afterAll, describe, expect, it } from 'vitest';
import { createPersonalDataCipher } from '../../../electron/crypto/personalDataCipher.js';
import { openDatabase, type KioskDatabase } from '../../../electron/store/openDatabase.js';
import { createOutboxQueue } from '../../../electron/store/outboxQueue.js';
import { createSubmissionStore } from '../../../electron/store/submissionStore.js';
import { readSubmissionUploadItems } from '../../../electron/store/outboxReaders/submissionUploadItems.js';
import { SubmissionUploadItemSchema } from '../../../shared/central/submissionUpload.js';
import { makeTempDir } from '../../support/tempDir.js';

const temp = makeTempDir('outbox-queue');
afterAll(() => temp.remove());

function setUp(now: { value: Date }): { db: KioskDatabase; ids: string[] } {
  const opened = openDatabase(`${temp.path}/kiosk-${Math.random()}.db`);
  if (!opened.ok) throw new Error(opened.error.code);
  const db = opened.value;
  const cipher = createPersonalDataCipher(Buffer.alloc(32, 7));
  const store = createSubmissionStore(db, cipher, () => now.value);
  const ids: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const created = store.create({
      kind: 'job_interest',
      visitId: null,
      staffAssisted: false,
      publicData: { jobId: `job-${i}` },
      personalData: { name: '张三', phone: `1380000000${i}` },
      dedupeParts: null,
    });
    if (!created.ok) throw new Error('not stored');
    ids.push(created.value.id);
  }
  return { db, ids };
}

describe('outbox queue (real SQLite file)', () => {
  it('hands out due items oldest first and never deletes any', () => {
    const now = { value: new Date('2026-11-22T08:00:00Z') };
    const { db, ids } = setUp(now);
    const queue = createOutboxQueue(db);
    expect(queue.due('submission', now.value, 2).map((entry) => entry.itemId)).toEqual(ids.slice(0, 2));

    queue.markDelivered('submission', [{ itemId: ids[0] ?? '', centralReference: 'SD-1' }], now.value);
    queue.markRejected('submission', [{ itemId: ids[1] ?? '', reason: 'central:closed' }]);
    queue.scheduleRetry('submission', [{ itemId: ids[2] ?? '', attempts: 0 }], 'network', () => new Date('2026-11-22T09:00:00Z'));

    expect(queue.due('submission', now.value, 10)).toEqual([]);
    expect(queue.counts()).toEqual({ pending: 1, pendingSubmissions: 1, rejected: 1 });
    expect(queue.due('submission', new Date('2026-11-22T09:00:00Z'), 10)).toEqual([{ itemId: ids[2], attempts: 1 }]);
    const rows = db.prepare('SELECT state, central_reference, last_error FROM outbox ORDER BY id').all();
    expect(rows).toEqual([
      { state: 'delivered', central_reference: 'SD-1', last_error: null },
      { state: 'rejected', central_reference: null, last_error: 'central:closed' },
      { state: 'pending', central_reference: null, last_error: 'network' },
    ]);
    db.close();
  });

  it('a delivered item is not delivered twice, and a rejected one cannot become delivered', () => {
    const now = { value: new Date('2026-11-22T08:00:00Z') };
    const { db, ids } = setUp(now);
    const queue = createOutboxQueue(db);
    queue.markRejected('submission', [{ itemId: ids[0] ?? '', reason: 'central:closed' }]);
    queue.markDelivered('submission', [{ itemId: ids[0] ?? '', centralReference: 'SD-9' }], now.value);
    expect(db.prepare('SELECT state FROM outbox WHERE item_id = ?').get(ids[0])).toEqual({ state: 'rejected' });
    db.close();
  });

  it('on reconnect, backed-off items are due at once', () => {
    const now = { value: new Date('2026-11-22T08:00:00Z') };
    const { db, ids } = setUp(now);
    const queue = createOutboxQueue(db);
    queue.scheduleRetry('submission', ids.map((itemId) => ({ itemId, attempts: 4 })), 'network', () => new Date('2026-11-22T10:00:00Z'));
    expect(queue.due('submission', now.value, 10)).toEqual([]);
    expect(queue.makePendingDueNow(now.value)).toBe(3);
    expect(queue.due('submission', now.value, 10)).toHaveLength(3);
    db.close();
  });

  it('purges personal data only of items delivered longer ago than the retention window', () => {
    const now = { value: new Date('2026-11-01T08:00:00Z') };
    const { db, ids } = setUp(now);
    const queue = createOutboxQueue(db);
    queue.markDelivered('submission', [{ itemId: ids[0] ?? '', centralReference: 'SD-1' }], new Date('2026-11-01T08:00:00Z'));
    queue.markDelivered('submission', [{ itemId: ids[1] ?? '', centralReference: 'SD-2' }], new Date('2026-11-20T08:00:00Z'));

    expect(queue.purgeDeliveredPersonalData(new Date('2026-11-22T08:00:00Z'), 30)).toBe(0);
    expect(queue.purgeDeliveredPersonalData(new Date('2026-12-02T08:00:00Z'), 30)).toBe(1);
    const rows = db.prepare('SELECT id, personal_data IS NULL AS purged, public_data FROM submissions ORDER BY created_at, id').all();
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: ids[0], purged: 1, public_data: '{"jobId":"job-0"}' },
        { id: ids[1], purged: 0, public_data: '{"jobId":"job-1"}' },
        // Pending: personal data stays, however old.
        { id: ids[2], purged: 0, public_data: '{"jobId":"job-2"}' },
      ]),
    );
    db.close();
  });

  it('builds upload items that match the contract, with personal data decrypted only for the request', () => {
    const now = { value: new Date('2026-11-22T08:00:00Z') };
    const { db, ids } = setUp(now);
    const cipher = createPersonalDataCipher(Buffer.alloc(32, 7));
    const { items, unsendable } = readSubmissionUploadItems(db, cipher, [...ids, '019a8f3e-7c4b-7def-8abc-000000000000']);
    expect(items).toHaveLength(3);
    for (const item of items) expect(SubmissionUploadItemSchema.safeParse(item).success).toBe(true);
    expect(items[0]?.personalData).toEqual({ name: '张三', phone: '13800000000' });
    expect(unsendable).toEqual([{ itemId: '019a8f3e-7c4b-7def-8abc-000000000000', reason: 'local:missing' }]);

    const wrongKey = createPersonalDataCipher(Buffer.alloc(32, 8));
    expect(readSubmissionUploadItems(db, wrongKey, ids.slice(0, 1)).unsendable).toEqual([{ itemId: ids[0], reason: 'local:undecryptable' }]);
    db.close();
  });
});
