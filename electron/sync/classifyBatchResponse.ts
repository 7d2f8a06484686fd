import { BatchResponseSchema, type ItemResult } from '../../shared/central/submissionUpload.js';
import type { Result } from '../../shared/result.js';
import type { CentralResponse, TransportFailure } from './centralClient.js';
import { readRefusal } from './centralRefusal.js';
import { parseJsonBody } from './parseJsonBody.js';

/** What one upload attempt means for the items it carried. */
export type BatchOutcome =
  /** The server answered for every item: each is delivered (accepted / duplicate) or rejected. */
  | { readonly kind: 'answered'; readonly results: readonly ItemResult[] }
  /** No usable answer: the items may or may not have arrived, so they are sent again later (idempotent by id). */
  | { readonly kind: 'retry'; readonly reason: string; readonly reachable: boolean }
  /** 401/403: the station's credentials are wrong; sending more cannot help until staff fix them. */
  | { readonly kind: 'unauthorized' }
  /** 401 clock_skew: the station's clock is off; the items are sent again later and staff are told to fix the time. */
  | { readonly kind: 'clock_skew'; readonly offsetMs: number }
  /** The request itself was refused (400, 404, 413, 422 …); the same request would be refused again. */
  | { readonly kind: 'refused'; readonly status: number }
  | { readonly kind: 'not_provisioned' };

/** Retrying helps only for these statuses besides 5xx: request timeout and rate limiting. */
const RETRYABLE_4XX = new Set([408, 425, 429]);

export function classifyBatchResponse(
  response: Result<CentralResponse, TransportFailure>,
  sentIds: readonly string[],
  now: Date,
): BatchOutcome {
  if (!response.ok) {
    const failure = response.error;
    if (failure.kind === 'credentials') return failure.error === 'not_provisioned' ? { kind: 'not_provisioned' } : { kind: 'unauthorized' };
    return { kind: 'retry', reason: failure.kind === 'network' ? 'network' : failure.kind, reachable: false };
  }
  const { status } = response.value;
  const refusal = readRefusal(response.value, now);
  if (refusal !== undefined) return refusal;
  if (status >= 500 || RETRYABLE_4XX.has(status)) return { kind: 'retry', reason: `http_${status}`, reachable: true };
  if (status !== 200) return { kind: 'refused', status };
  const parsed = parseJsonBody(response.value.body, BatchResponseSchema);
  if (!parsed.ok) return { kind: 'retry', reason: 'malformed_response', reachable: true };
  // Every item sent must be answered exactly once, and nothing else: anything less is not an answer.
  const sent = new Set(sentIds);
  const answered = new Set(parsed.value.results.map((result) => result.id));
  const complete = answered.size === sent.size && parsed.value.results.length === sent.size && [...sent].every((id) => answered.has(id));
  if (!complete) return { kind: 'retry', reason: 'incomplete_response', reachable: true };
  return { kind: 'answered', results: parsed.value.results };
}
