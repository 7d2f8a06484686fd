import { JobSeekerPublicDataSchema } from '../../../shared/central/jobSeekerRegistration.js';
import type { AuditUploadItem } from '../../../shared/central/auditUpload.js';
import { z } from 'zod';
import { submissionKinds, type SubmissionKind } from '../../../shared/central/submissionKinds.js';
import {
  rejectionReasons,
  SubmissionUploadItemSchema,
  type ItemResult,
  type SubmissionUploadItem,
} from '../../../shared/central/submissionUpload.js';
import type { VisitUploadItem } from '../../../shared/central/visitUpload.js';
import type { CentralDatabase } from './openCentralDatabase.js';

export type RejectionReason = (typeof rejectionReasons)[number];
export type SubmissionRejection = { readonly reason: RejectionReason; readonly detail: string };
/** Decides whether the central API refuses an item for good; null accepts it. */
export type RejectItem = (item: SubmissionUploadItem) => SubmissionRejection | null;

export type StoredSubmission = {
  readonly id: string;
  readonly stationId: string;
  readonly kind: SubmissionKind;
  readonly reference: string;
  readonly outcome: 'accepted' | 'rejected';
  /** Null for a rejected item: it never got one. */
  readonly centralReference: string | null;
  readonly body: SubmissionUploadItem;
  /** How many times this id arrived, the first time and every duplicate included. */
  readonly receptions: number;
};

export type BatchLedger = {
  /** One transaction per batch: every item is stored or none is. Results come back in item order. */
  receiveSubmissions(stationId: string, items: readonly SubmissionUploadItem[], rejectItem: RejectItem | undefined): ItemResult[];
  receiveVisits(stationId: string, items: readonly VisitUploadItem[]): ItemResult[];
  receiveAudit(stationId: string, items: readonly AuditUploadItem[]): ItemResult[];
  submission(id: string): StoredSubmission | undefined;
  submissionCount(): number;
  visitCount(): number;
  auditCount(): number;
};

const MAX_DETAIL = 500;
const CountRowSchema = z.object({ n: z.number().int() });
const SequenceRowSchema = z.object({ last: z.number().int() });
const ExistingSubmissionRowSchema = z.object({
  station_id: z.string(),
  outcome: z.enum(['accepted', 'rejected']),
  central_reference: z.string().nullable(),
  rejection_reason: z.enum(rejectionReasons).nullable(),
  rejection_detail: z.string().nullable(),
});
const ExistingVisitRowSchema = z.object({ station_id: z.string(), central_reference: z.string() });
const SubmissionRowSchema = z.object({
  id: z.string(),
  station_id: z.string(),
  kind: z.enum(submissionKinds),
  reference: z.string(),
  outcome: z.enum(['accepted', 'rejected']),
  central_reference: z.string().nullable(),
  body: z.string(),
  receptions: z.number().int(),
});

// The item id is a UUIDv7 minted by one kiosk; the same id from another station is not a resend of that
// item, so it must not learn the first station's reference.
const otherStation = (id: string): ItemResult => ({
  id,
  outcome: 'rejected',
  reason: 'conflict',
  detail: 'this id was already received from another station',
});

/** Items whose publicData the contract defines for their kind (job_seeker) must match it; others are free-form JSON. */
function contractRejection(item: SubmissionUploadItem): { reason: 'invalid_item'; detail: string } | null {
  if (item.kind !== 'job_seeker') return null;
  const parsed = JobSeekerPublicDataSchema.safeParse(item.publicData);
  return parsed.success ? null : { reason: 'invalid_item', detail: `publicData is not a JobSeekerPublicData: ${parsed.error.issues[0]?.message ?? ''}` };
}

export function createBatchLedger(db: CentralDatabase, clock: () => Date): BatchLedger {
  const nextInSeries = db.prepare(
    `INSERT INTO sequences (name, last) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const findSubmission = db.prepare(
    `SELECT station_id, outcome, central_reference, rejection_reason, rejection_detail FROM submissions WHERE id = ?`,
  );
  const countSubmissionReception = db.prepare(`UPDATE submissions SET receptions = receptions + 1 WHERE id = ?`);
  const insertSubmission = db.prepare(
    `INSERT INTO submissions (id, station_id, kind, reference, outcome, central_reference, rejection_reason, rejection_detail, body, receptions, received_at)
     VALUES (@id, @stationId, @kind, @reference, @outcome, @centralReference, @reason, @detail, @body, 1, @receivedAt)`,
  );
  const readSubmission = db.prepare(
    `SELECT id, station_id, kind, reference, outcome, central_reference, body, receptions FROM submissions WHERE id = ?`,
  );
  const countSubmissions = db.prepare(`SELECT COUNT(*) AS n FROM submissions`);

  const centralReference = (prefix: string, stationId: string): string => {
    const { last } = SequenceRowSchema.parse(nextInSeries.get(`${prefix}:${stationId}`));
    return `${prefix}-${stationId}-${String(last).padStart(8, '0')}`;
  };

  const receiveSubmission = (stationId: string, item: SubmissionUploadItem, rejectItem: RejectItem | undefined): ItemResult => {
    const existingRow: unknown = findSubmission.get(item.id);
    if (existingRow !== undefined) {
      countSubmissionReception.run(item.id);
      const existing = ExistingSubmissionRowSchema.parse(existingRow);
      if (existing.station_id !== stationId) return otherStation(item.id);
      if (existing.outcome === 'accepted' && existing.central_reference !== null) {
        return { id: item.id, outcome: 'duplicate', centralReference: existing.central_reference };
      }
      // Rejected earlier: the same refusal again, so a resend cannot turn it into an acceptance.
      return { id: item.id, outcome: 'rejected', reason: existing.rejection_reason ?? 'invalid_item', detail: existing.rejection_detail ?? '' };
    }
    const base = { id: item.id, stationId, kind: item.kind, reference: item.reference, body: JSON.stringify(item), receivedAt: clock().toISOString() };
    const rejection = contractRejection(item) ?? rejectItem?.(item) ?? null;
    if (rejection !== null) {
      const detail = rejection.detail.slice(0, MAX_DETAIL);
      insertSubmission.run({ ...base, outcome: 'rejected', centralReference: null, reason: rejection.reason, detail });
      return { id: item.id, outcome: 'rejected', reason: rejection.reason, detail };
    }
    const reference = centralReference('SD', stationId);
    insertSubmission.run({ ...base, outcome: 'accepted', centralReference: reference, reason: null, detail: null });
    return { id: item.id, outcome: 'accepted', centralReference: reference };
  };

  /** Visits and audit entries: anonymous records, stored once per id, answered with a reference. */
  const recordTable = (table: 'visits' | 'audit_entries', prefix: string) => {
    const find = db.prepare(`SELECT station_id, central_reference FROM ${table} WHERE id = ?`);
    const countReception = db.prepare(`UPDATE ${table} SET receptions = receptions + 1 WHERE id = ?`);
    const insert = db.prepare(`INSERT INTO ${table} (id, station_id, central_reference, body, receptions, received_at) VALUES (?, ?, ?, ?, 1, ?)`);
    const count = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`);
    const receive = (stationId: string, item: { readonly id: string }): ItemResult => {
      const existingRow: unknown = find.get(item.id);
      if (existingRow !== undefined) {
        countReception.run(item.id);
        const existing = ExistingVisitRowSchema.parse(existingRow);
        if (existing.station_id !== stationId) return otherStation(item.id);
        return { id: item.id, outcome: 'duplicate', centralReference: existing.central_reference };
      }
      const reference = centralReference(prefix, stationId);
      insert.run(item.id, stationId, reference, JSON.stringify(item), clock().toISOString());
      return { id: item.id, outcome: 'accepted', centralReference: reference };
    };
    return {
      batch: db.transaction((stationId: string, items: readonly { readonly id: string }[]) => items.map((item) => receive(stationId, item))),
      count: () => CountRowSchema.parse(count.get()).n,
    };
  };
  const visits = recordTable('visits', 'SV');
  const auditEntries = recordTable('audit_entries', 'SA');

  const submissionBatch = db.transaction((stationId: string, items: readonly SubmissionUploadItem[], rejectItem: RejectItem | undefined) =>
    items.map((item) => receiveSubmission(stationId, item, rejectItem)),
  );

  return {
    receiveSubmissions: (stationId, items, rejectItem) => submissionBatch(stationId, items, rejectItem),
    receiveVisits: (stationId, items) => visits.batch(stationId, items),
    receiveAudit: (stationId, items) => auditEntries.batch(stationId, items),
    submission(id) {
      const row: unknown = readSubmission.get(id);
      if (row === undefined) return undefined;
      const parsed = SubmissionRowSchema.parse(row);
      return {
        id: parsed.id,
        stationId: parsed.station_id,
        kind: parsed.kind,
        reference: parsed.reference,
        outcome: parsed.outcome,
        centralReference: parsed.central_reference,
        body: SubmissionUploadItemSchema.parse(JSON.parse(parsed.body)),
        receptions: parsed.receptions,
      };
    },
    submissionCount: () => CountRowSchema.parse(countSubmissions.get()).n,
    visitCount: () => visits.count(),
    auditCount: () => auditEntries.count(),
  };
}
