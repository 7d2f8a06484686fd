import type { IncomingMessage } from 'node:http';
import { err, ok, type Result } from '../../shared/result.js';

export type BodyError = 'too_large' | 'not_json' | 'aborted';

/** Reads and parses a JSON request body up to `limitBytes`. Malformed input is a value, not a throw. */
export function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<Result<unknown, BodyError>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: Result<unknown, BodyError>): void => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        settle(err('too_large'));
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('error', () => settle(err('aborted')));
    request.on('aborted', () => settle(err('aborted')));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        settle(ok(text === '' ? undefined : (JSON.parse(text) as unknown)));
      } catch {
        settle(err('not_json'));
      }
    });
  });
}
