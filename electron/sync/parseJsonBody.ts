import type { z } from 'zod';
import { err, ok, type Result } from '../../shared/result.js';

/** A central API body is untrusted input: invalid JSON and the wrong shape are both plain failures. */
export function parseJsonBody<S extends z.ZodType>(text: string, schema: S): Result<z.infer<S>, 'invalid_json' | 'invalid_shape'> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('invalid_json');
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : err('invalid_shape');
}
