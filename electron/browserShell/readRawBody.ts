import type { IncomingMessage } from 'node:http';
import { err, ok, type Result } from '../../shared/result.js';

export type RawBodyError = 'too_large' | 'aborted';

/**
 * A request body as the exact bytes sent, up to `limitBytes`; past it the rest is drained unread, so the
 * client still gets its answer. The browser shell parses them as JSON (readJsonBody); the reference
 * central API verifies its signatures over them, so nothing may be decoded or re-encoded first.
 */
export function readRawBody(request: IncomingMessage, limitBytes: number): Promise<Result<Buffer, RawBodyError>> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > limitBytes) {
      request.resume();
      resolve(err('too_large'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: Result<Buffer, RawBodyError>): void => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        chunks.length = 0;
        settle(err('too_large'));
        return;
      }
      if (!settled) chunks.push(chunk);
    });
    request.on('error', () => settle(err('aborted')));
    request.on('aborted', () => settle(err('aborted')));
    request.on('end', () => settle(ok(Buffer.concat(chunks))));
  });
}
