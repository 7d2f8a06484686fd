import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

// A seed that fails its schema must never be written: the kiosk would ship a catalog it rejects.
// Only the first few problems are listed so a systematic mistake does not flood the terminal.
const MAX_REPORTED_ISSUES = 8;

export function validateAll<T>(schema: z.ZodType<T>, items: readonly unknown[], label: string): T[] {
  const valid: T[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.') || '(whole item)';
      problems.push(`  ${label}[${index}] ${itemId(item)} ${path}: ${issue.message}`);
    }
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED_ISSUES).join('\n');
    throw new Error(`${label}: ${problems.length} schema issue(s), first ${Math.min(problems.length, MAX_REPORTED_ISSUES)}:\n${shown}`);
  }
  return valid;
}

/** Pretty JSON with a trailing newline, so the checked-in files diff cleanly. */
export function writeJsonFile(target: URL, data: unknown): void {
  mkdirSync(dirname(fileURLToPath(target)), { recursive: true });
  writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
}

export function writeValidatedJson<T>(target: URL, schema: z.ZodType<T>, items: readonly unknown[], label: string): T[] {
  const valid = validateAll(schema, items, label);
  writeJsonFile(target, valid);
  return valid;
}

function itemId(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') {
    return `(${item.id})`;
  }
  return '';
}
