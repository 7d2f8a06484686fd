import type { z } from 'zod';
import { MAX_BATCH_ITEMS } from '../../../shared/central/paths.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { errorReply, type Reply } from '../http/reply.js';

function countItems(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || !('items' in value)) return undefined;
  return Array.isArray(value.items) ? value.items.length : undefined;
}

/**
 * Parses a request body against its contract schema. A batch over MAX_BATCH_ITEMS is 413 rather than
 * 400, so the station knows to split it instead of treating its items as bad. Messages name the field
 * and the problem, never the value: bodies carry personal data.
 */
export function parseEnvelope<T>(body: Buffer, schema: z.ZodType<T>): Result<T, Reply> {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return err(errorReply(400, 'bad_request', 'the body is not JSON'));
  }
  const count = countItems(value);
  if (count !== undefined && count > MAX_BATCH_ITEMS) {
    return err(errorReply(413, 'payload_too_large', `${count} items in one batch; at most ${MAX_BATCH_ITEMS}`));
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.code}`);
  return err(errorReply(400, 'bad_request', `invalid envelope: ${problems.join('; ')}`));
}
