import type { PersonalDataCipher } from '../../electron/crypto/personalDataCipher.js';
import type { KioskDatabase } from '../../electron/store/openDatabase.js';
import { createOutboxQueue } from '../../electron/store/outboxQueue.js';
import { readSubmissionUploadItems } from '../../electron/store/outboxReaders/submissionUploadItems.js';

/**
 * The request bodies the forwarder will send for the pending submissions: the same batches (outbox
 * order, `batchSize` at a time), built by the same readSubmissionUploadItems and serialized the way
 * centralClient does. Read-only, so it can run on the kiosk database just before the drain.
 */
export function readSubmissionBatchBodies(db: KioskDatabase, cipher: PersonalDataCipher, batchSize: number, now: Date): Buffer[] {
  const due = createOutboxQueue(db).due('submission', now, Number.MAX_SAFE_INTEGER);
  const bodies: Buffer[] = [];
  for (let start = 0; start < due.length; start += batchSize) {
    const ids = due.slice(start, start + batchSize).map((entry) => entry.itemId);
    const { items, unsendable } = readSubmissionUploadItems(db, cipher, ids);
    if (unsendable.length > 0) throw new Error(`${unsendable.length} queued submissions cannot be sent as stored`);
    bodies.push(Buffer.from(JSON.stringify({ items }), 'utf8'));
  }
  return bodies;
}
