import type { z } from 'zod';
import type { FieldError } from './errors.js';

// Turns zod's issues into field errors that name the field and carry an i18n key,
// so every bad input gets a clear, translated message (GOV.UK pattern: the error names the field).
// `payload` is the value that was parsed: zod 4 does not report inputs, so "missing" is read from it.
export function fieldErrorsFromZod(error: z.ZodError, payload: unknown): FieldError[] {
  return error.issues.map((issue): FieldError => {
    const path = issue.path.map(String).join('.');
    // A custom refinement may carry its own i18n key in `params.messageKey`.
    const customKey = issue.code === 'custom' ? readCustomKey(issue.params) : undefined;
    if (customKey !== undefined) {
      return { path, messageKey: customKey };
    }
    if (issue.code !== 'unrecognized_keys' && valueAt(payload, issue.path) === undefined) {
      return { path, messageKey: 'errors.field.required' };
    }
    switch (issue.code) {
      case 'too_big':
        return { path, messageKey: 'errors.field.tooLong', params: { max: Number(issue.maximum) } };
      case 'too_small':
        return issue.minimum === 1 && issue.origin === 'string'
          ? { path, messageKey: 'errors.field.required' }
          : { path, messageKey: 'errors.field.tooShort', params: { min: Number(issue.minimum) } };
      case 'invalid_type':
        return { path, messageKey: 'errors.field.wrongType' };
      case 'unrecognized_keys':
        return { path, messageKey: 'errors.field.unexpected' };
      default:
        return { path, messageKey: 'errors.field.invalid' };
    }
  });
}

function valueAt(payload: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = payload;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function readCustomKey(params: Record<string, unknown> | undefined): string | undefined {
  const key = params?.['messageKey'];
  return typeof key === 'string' ? key : undefined;
}
