import type { IncomingHttpHeaders } from 'node:http';
import type { Reply } from '../http/reply.js';

/** A request that passed size and signature checks. */
export type AuthenticatedRequest = {
  readonly stationId: string;
  readonly headers: IncomingHttpHeaders;
  /** The raw body the signature covered; empty for GET. */
  readonly body: Buffer;
};

/**
 * Answers one authenticated request. Database work must happen synchronously inside the call, before
 * any await, so close() can never pull the database out from under a half-processed batch.
 */
export type Route = (request: AuthenticatedRequest) => Reply | Promise<Reply>;
