import { z } from 'zod';
import { uuidv7 } from '../../shared/ids/uuidv7.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { PersonalDataCipher } from '../crypto/personalDataCipher.js';
import type { KioskDatabase } from './openDatabase.js';
import { prepareOutboxEnqueue } from './outboxEnqueue.js';
import { outboxKinds } from './outboxKinds.js';
import { incrementVisitCounter } from './visitStore.js';
import { isAssistedVisit } from './visitAssistance.js';

import type { SubmissionKind } from '../../shared/central/submissionKinds.js';
import type { ServiceContactKind } from '../../shared/central/serviceRecord.js';
export type { ServiceContactKind } from '../../shared/central/serviceRecord.js';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export type NewSubmission = {
  readonly kind: SubmissionKind;
  readonly visitId: string | null;
  readonly staffAssisted: boolean;
  /** Safe to show staff and forward as is: no personal fields. */
  readonly publicData: { readonly [key: string]: Json };
  /** Encrypted at rest; purged after delivery plus the retention window. */
  readonly personalData: { readonly [key: string]: Json } | null;
  /** Values that make two submissions "the same" (e.g. job id + phone); stored only as a keyed hash. */
  readonly dedupeParts: readonly string[] | null;
  /**
   * 12333 record entries for the resident identified by this 身份证号. They count toward the targets
   * only when staff delivered them, i.e. when the submission is staff-assisted (serviceContactStore).
   */
  readonly serviceContacts?: { readonly idNumber: string; readonly kinds: readonly ServiceContactKind[] };
};

export type StoredSubmission = { readonly id: string; readonly reference: string; readonly createdAt: string };
export type SubmissionError = { readonly code: 'duplicate'; readonly existingReference: string };

const REFERENCE_PREFIX: Readonly<Record<SubmissionKind, string>> = {
  job_interest: 'J',
  training_signup: 'T',
  subsidy_inquiry: 'S',
  status_request: 'Q',
  service_record: 'R',
};

export type SubmissionStore = {
  create(submission: NewSubmission): Result<StoredSubmission, SubmissionError>;
  readPersonal(id: string): Result<{ [key: string]: unknown } | null, 'not_found' | 'undecryptable'>;
};

/** The keyed hash a resident's 12333 contacts are filed under; the 身份证号 itself is never stored in the clear. */
export function personKeyOf(cipher: PersonalDataCipher, idNumber: string): string {
  return cipher.lookupKey(`id:${idNumber}`);
}

/**
 * Submissions are written in one transaction together with their outbox entry, the visit's counter and
 * any 12333 contacts, so a power cut leaves all of them or none (DESIGN.md, "Data"). Ids are UUIDv7 and
 * double as idempotency keys at the central API; the short reference is what the resident is told.
 */
export function createSubmissionStore(db: KioskDatabase, cipher: PersonalDataCipher, clock: () => Date): SubmissionStore {
  const findDuplicate = db.prepare('SELECT reference FROM submissions WHERE kind = ? AND dedupe_key = ?');
  const countOfKind = db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE kind = ?');
  const insertSubmission = db.prepare(
    `INSERT INTO submissions (id, kind, visit_id, created_at, reference, staff_assisted, public_data, personal_data, dedupe_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const enqueue = prepareOutboxEnqueue(db, outboxKinds, 'submission');
  const bumpVisitCounter = incrementVisitCounter(db);
  // A visit staff took over (issue #8) marks every submission made in it, whichever handler wrote it.
  const visitAssisted = isAssistedVisit(db);
  const insertContact = db.prepare('INSERT INTO service_contacts (person_key, kind, at, submission_id) VALUES (?, ?, ?, ?)');

  const create = db.transaction((submission: NewSubmission): Result<StoredSubmission, SubmissionError> => {
    const dedupeKey = submission.dedupeParts === null ? null : cipher.lookupKey([submission.kind, ...submission.dedupeParts].join('\u0000'));
    if (dedupeKey !== null) {
      const existing = z.object({ reference: z.string() }).optional().parse(findDuplicate.get(submission.kind, dedupeKey));
      if (existing !== undefined) return err({ code: 'duplicate', existingReference: existing.reference });
    }
    const now = clock();
    const at = now.toISOString();
    const id = uuidv7(now.getTime());
    const { n } = z.object({ n: z.number() }).parse(countOfKind.get(submission.kind));
    const reference = `${REFERENCE_PREFIX[submission.kind]}${String(n + 1).padStart(5, '0')}`;
    const sealed = submission.personalData === null ? null : cipher.encrypt(JSON.stringify(submission.personalData), id);
    insertSubmission.run(id, submission.kind, submission.visitId, at, reference, submission.staffAssisted || visitAssisted(submission.visitId) ? 1 : 0, JSON.stringify(submission.publicData), sealed, dedupeKey);
    enqueue(id, at);
    if (submission.visitId !== null) bumpVisitCounter(submission.visitId, submission.kind);
    if (submission.serviceContacts !== undefined) {
      const personKey = personKeyOf(cipher, submission.serviceContacts.idNumber);
      for (const kind of submission.serviceContacts.kinds) insertContact.run(personKey, kind, at, id);
    }
    return ok({ id, reference, createdAt: at });
  });

  return {
    create: (submission) => create(submission),
    readPersonal(id) {
      const row = z.object({ personal_data: z.instanceof(Buffer).nullable() }).optional().parse(db.prepare('SELECT personal_data FROM submissions WHERE id = ?').get(id));
      if (row === undefined) return err('not_found');
      if (row.personal_data === null) return ok(null);
      const plain = cipher.decrypt(row.personal_data, id);
      return plain.ok ? ok(z.record(z.string(), z.unknown()).parse(JSON.parse(plain.value))) : plain;
    },
  };
}
