import type { z } from 'zod';
import type { FieldError } from './errors.js';

// Turns zod's issues into field errors that name the field and carry an i18n key,
// so every bad input gets a clear, translated message (GOV.UK pattern: error names the field).
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    // A custom refinement may carry its own i18n key in `params.messageKey`.
    const customKey = issue.code === 'custom' ? readCustomKey(issue.params) : undefined;
    if (customKey !== undefined) {
      return { path, messageKey: customKey };
    }
    switch (issue.code) {
      case 'too_big':
        return { path, messageKey: 'errors.field.tooLong', params: { max: Number(issue.maximum) } };
      case 'too_small':
        return issue.minimum === 1 && issue.origin === 'string'
          ? { path, messageKey: 'errors.field.required' }
          : { path, messageKey: 'errors.field.tooShort', params: { min: Number(issue.minimum) } };
      case 'invalid_type':
        return issue.input === undefined
          ? { path, messageKey: 'errors.field.required' }
          : { path, messageKey: 'errors.field.wrongType' };
      case 'unrecognized_keys':
        return { path, messageKey: 'errors.field.unexpected' };
      default:
        return { path, messageKey: 'errors.field.invalid' };
    }
  });
}

function readCustomKey(params: Record<string, unknown> | undefined): string | undefined {
  const key = params?.['messageKey'];
  return typeof key === 'string' ? key : undefined;
}
