import type { IncomingMessage } from 'node:http';
import { err, ok, type Result } from '../../shared/result.js';
import { readRawBody } from './readRawBody.js';

export type BodyError = 'too_large' | 'not_json' | 'aborted';

/** Reads and parses a JSON request body up to `limitBytes`. Malformed input is a value, not a throw. */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<Result<unknown, BodyError>> {
  const raw = await readRawBody(request, limitBytes);
  if (!raw.ok) return raw;
  const text = raw.value.toString('utf8');
  try {
    return ok(text === '' ? undefined : (JSON.parse(text) as unknown));
  } catch {
    return err('not_json');
  }
}
