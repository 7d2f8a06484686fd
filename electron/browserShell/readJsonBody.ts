import type { IncomingMessage } from 'node:http';
import { err, ok, type Result } from '../../shared/result.js';
import { readRawBody } from './readRawBody.js';

export type BodyError = 'too_large' | 'not_json' | 'not_utf8' | 'aborted';

// Fatal: a body that is not valid UTF-8 is refused, never silently "repaired" with U+FFFD (issue #17).
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and parses a JSON request body up to `limitBytes`. Malformed input is a value, not a throw. */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<Result<unknown, BodyError>> {
  const raw = await readRawBody(request, limitBytes);
  if (!raw.ok) return raw;
  let text: string;
  try {
    text = utf8.decode(raw.value);
  } catch {
    return err('not_utf8');
  }
  try {
    return ok(text === '' ? undefined : (JSON.parse(text) as unknown));
  } catch {
    return err('not_json');
  }
}

/** Invoke bodies must say they are JSON: a form post or text/plain from a page cannot reach a channel. */
export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
