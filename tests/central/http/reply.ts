import type { ServerResponse } from 'node:http';
import type { CatalogResponse } from '../../../shared/central/catalogPull.js';
import type { CentralErrorBody, HealthResponse } from '../../../shared/central/common.js';
import type { ApplicationStatusResponse, ServiceRecordResponse } from '../../../shared/central/lookups.js';
import type { BatchResponse } from '../../../shared/central/submissionUpload.js';

/** Every body the server may send on purpose: a route cannot answer anything outside the contract. */
export type CentralResponseBody =
  | BatchResponse
  | CatalogResponse
  | HealthResponse
  | ApplicationStatusResponse
  | ServiceRecordResponse
  | CentralErrorBody;

export type ErrorCode = CentralErrorBody['error']['code'];

/** An answer decided but not yet sent, so faults can delay, replace or swallow it. */
export type Reply = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
};

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const MAX_MESSAGE = 500;

export function jsonReply(status: number, body: CentralResponseBody, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, headers: { 'content-type': JSON_CONTENT_TYPE, ...headers }, body: JSON.stringify(body) };
}

export function errorReply(status: number, code: ErrorCode, message: string, extra: { serverTime?: string } = {}): Reply {
  const body: CentralErrorBody = { error: { code, message: message.slice(0, MAX_MESSAGE), ...extra } };
  return jsonReply(status, body);
}

export function notModifiedReply(etag: string): Reply {
  return { status: 304, headers: { etag }, body: '' };
}

/** Writes a reply unless the client has gone already (it gave up during the latency). */
export function sendReply(response: ServerResponse, reply: Reply): void {
  if (response.destroyed || response.writableEnded) return;
  // A 304 carries no body, and its headers must not describe one.
  const length: Record<string, string> = reply.status === 304 ? {} : { 'content-length': String(Buffer.byteLength(reply.body)) };
  response.writeHead(reply.status, { 'cache-control': 'no-store', ...reply.headers, ...length });
  response.end(reply.status === 304 ? undefined : reply.body);
}
