import { SubmissionBatchRequestSchema, type BatchResponse } from '../../../shared/central/submissionUpload.js';
import { VisitBatchRequestSchema } from '../../../shared/central/visitUpload.js';
import { AuditBatchRequestSchema } from '../../../shared/central/auditUpload.js';
import { jsonReply } from '../http/reply.js';
import type { BatchLedger, RejectItem } from '../store/batchLedger.js';
import { parseEnvelope } from './parseEnvelope.js';
import type { Route } from './route.js';

/** POST /v1/submissions/batch: exactly once per item id, one transaction per batch. */
export function submissionsRoute(ledger: BatchLedger, rejectItem: RejectItem | undefined): Route {
  return (request) => {
    const envelope = parseEnvelope(request.body, SubmissionBatchRequestSchema);
    if (!envelope.ok) return envelope.error;
    const response: BatchResponse = { results: ledger.receiveSubmissions(request.stationId, envelope.value.items, rejectItem) };
    return jsonReply(200, response);
  };
}

/** POST /v1/visits/batch: the same idempotency for anonymous visit statistics. */
export function visitsRoute(ledger: BatchLedger): Route {
  return (request) => {
    const envelope = parseEnvelope(request.body, VisitBatchRequestSchema);
    if (!envelope.ok) return envelope.error;
    const response: BatchResponse = { results: ledger.receiveVisits(request.stationId, envelope.value.items) };
    return jsonReply(200, response);
  };
}

/** POST /v1/audit/batch: the station's audit entries, idempotent by entry id. */
export function auditRoute(ledger: BatchLedger): Route {
  return (request) => {
    const envelope = parseEnvelope(request.body, AuditBatchRequestSchema);
    if (!envelope.ok) return envelope.error;
    const response: BatchResponse = { results: ledger.receiveAudit(request.stationId, envelope.value.items) };
    return jsonReply(200, response);
  };
}
