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
  /**
   * A registration the resident may come back to change (issue #15): a second submission with the same dedupe
   * parts is stored as the next revision of the first (same reference, `registrationId` = the first's id, `revision`
   * + 1, both added to publicData) instead of being refused. Each revision is forwarded like any submission.
   */
  readonly revisable?: true;
};

export type StoredSubmission = {
  readonly id: string;
  readonly reference: string;
  readonly createdAt: string;
  /** 1 for a new submission; 2, 3 … for a revisable one stored again. */
  readonly revision: number;
};
export type SubmissionError = { readonly code: 'duplicate'; readonly existingReference: string };

const REFERENCE_PREFIX: Readonly<Record<SubmissionKind, string>> = {
  job_interest: 'J',
  training_signup: 'T',
  subsidy_inquiry: 'S',
  status_request: 'Q',
  service_record: 'R',
  job_seeker: 'D',
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
  const findDuplicate = db.prepare('SELECT id, reference FROM submissions WHERE kind = ? AND dedupe_key = ?');
  const countRevisions = db.prepare(`SELECT COUNT(*) AS n FROM submissions WHERE kind = ? AND (id = @first OR json_extract(public_data, '$.registrationId') = @first)`);
  // Distinct references: a registration's revisions share the first one's reference.
  const countOfKind = db.prepare('SELECT COUNT(DISTINCT reference) AS n FROM submissions WHERE kind = ?');
  const insertSubmission = db.prepare(
    `INSERT INTO submissions (id, kind, visit_id, created_at, reference, staff_assisted, public_data, personal_data, dedupe_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const enqueue = prepareOutboxEnqueue(db, outboxKinds, 'submission');
  const bumpVisitCounter = incrementVisitCounter(db);
  // A visit staff took over (issue #8) marks every submission made in it, whichever handler wrote it.
  const visitAssisted = isAssistedVisit(db);
  const insertContact = db.prepare('INSERT INTO service_contacts (person_key, kind, at, submission_id) VALUES (?, ?, ?, ?)');

  const insert = (submission: NewSubmission, now: Date, row: { id: string; reference: string; dedupeKey: string | null; publicData: NewSubmission['publicData'] }): void => {
    const at = now.toISOString();
    const sealed = submission.personalData === null ? null : cipher.encrypt(JSON.stringify(submission.personalData), row.id);
    const assisted = submission.staffAssisted || visitAssisted(submission.visitId) ? 1 : 0;
    insertSubmission.run(row.id, submission.kind, submission.visitId, at, row.reference, assisted, JSON.stringify(row.publicData), sealed, row.dedupeKey);
    enqueue(row.id, at);
    if (submission.visitId !== null) bumpVisitCounter(submission.visitId, submission.kind);
    if (submission.serviceContacts !== undefined) {
      const personKey = personKeyOf(cipher, submission.serviceContacts.idNumber);
      for (const kind of submission.serviceContacts.kinds) insertContact.run(personKey, kind, at, row.id);
    }
  };

  const create = db.transaction((submission: NewSubmission): Result<StoredSubmission, SubmissionError> => {
    const dedupeKey = submission.dedupeParts === null ? null : cipher.lookupKey([submission.kind, ...submission.dedupeParts].join('\u0000'));
    const existing = dedupeKey === null ? undefined : z.object({ id: z.string(), reference: z.string() }).optional().parse(findDuplicate.get(submission.kind, dedupeKey));
    const now = clock();
    const id = uuidv7(now.getTime());
    if (existing !== undefined) {
      if (submission.revisable !== true) return err({ code: 'duplicate', existingReference: existing.reference });
      // The next revision keeps the first one's reference; only the first holds the dedupe key (it is unique).
      const { n } = z.object({ n: z.number() }).parse(countRevisions.get(submission.kind, { first: existing.id }));
      const publicData = { ...submission.publicData, registrationId: existing.id, revision: n + 1 };
      insert(submission, now, { id, reference: existing.reference, dedupeKey: null, publicData });
      return ok({ id, reference: existing.reference, createdAt: now.toISOString(), revision: n + 1 });
    }
    const { n } = z.object({ n: z.number() }).parse(countOfKind.get(submission.kind));
    const reference = `${REFERENCE_PREFIX[submission.kind]}${String(n + 1).padStart(5, '0')}`;
    const publicData = submission.revisable === true ? { ...submission.publicData, registrationId: id, revision: 1 } : submission.publicData;
    insert(submission, now, { id, reference, dedupeKey, publicData });
    return ok({ id, reference, createdAt: now.toISOString(), revision: 1 });
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
