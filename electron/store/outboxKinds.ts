import { CENTRAL_PATHS } from '../../shared/central/paths.js';
import { readAuditUploadItems } from './outboxReaders/auditUploadItems.js';
import { readSubmissionUploadItems } from './outboxReaders/submissionUploadItems.js';
import type { BatchReader } from './outboxReaders/uploadItems.js';
import { readVisitUploadItems } from './outboxReaders/visitUploadItems.js';

/** One kind of item the outbox forwards (issue #14). */
export type OutboxKind<K extends string = string> = {
  /** Stored in outbox.item_kind. */
  readonly kind: K;
  /** The central API batch route (shared/central/paths.ts) that takes these items as `{ items }`. */
  readonly route: string;
  /** The SQL that turns due outbox rows of this kind into upload items (outboxReaders/). */
  readonly readBatch: BatchReader;
};

/**
 * Every kind the outbox forwards, and the one place that adds one: the forwarder iterates this list, the
 * enqueue statement (outboxEnqueue.ts) refuses a kind not in it, and the database itself no longer lists
 * kinds (migration 007). The readers live here on the store floor because they are SQL over the store's
 * tables; sync/ only moves what they return.
 *
 * The order is the drain order: residents' submissions first, statistics and audit entries can wait.
 */
export const outboxKinds = [
  { kind: 'submission', route: CENTRAL_PATHS.submissions, readBatch: ({ db, cipher }, ids) => readSubmissionUploadItems(db, cipher, ids) },
  { kind: 'visit', route: CENTRAL_PATHS.visits, readBatch: ({ db }, ids) => readVisitUploadItems(db, ids) },
  { kind: 'audit', route: CENTRAL_PATHS.audit, readBatch: ({ db }, ids) => readAuditUploadItems(db, ids) },
] as const satisfies readonly OutboxKind[];

export type OutboxItemKind = (typeof outboxKinds)[number]['kind'];
