import { z } from 'zod';

// Every expected failure the renderer can see. Messages are i18n keys, never literal text,
// so the renderer shows and speaks them in the visitor's language (EN 301 549 5.1.3.15).
export const errorCodes = [
  'invalid_input',
  'invalid_output',
  'unknown_channel',
  'not_found',
  'conflict',
  'unavailable',
  'internal',
  /** A staff-only channel called without a valid staff session (issue #8: PIN first). */
  'forbidden',
  /** The station PC's disk is full, or its data folder read-only: nothing new could be stored (issue #17). */
  'storage_full',
  'storage_read_only',
] as const;
export const ErrorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

const MessageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const FieldErrorSchema = z.object({
  /** Dotted path of the field inside the payload, e.g. "contact.phone". Empty for the whole payload. */
  path: z.string(),
  messageKey: z.string(),
  params: MessageParamsSchema.optional(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const KioskErrorSchema = z.object({
  code: ErrorCodeSchema,
  messageKey: z.string(),
  params: MessageParamsSchema.optional(),
  fields: z.array(FieldErrorSchema).default([]),
});
export type KioskError = z.infer<typeof KioskErrorSchema>;

export function kioskError(
  code: ErrorCode,
  fields: FieldError[] = [],
  params?: Record<string, string | number>,
): KioskError {
  return params === undefined
    ? { code, messageKey: `errors.${code}`, fields }
    : { code, messageKey: `errors.${code}`, params, fields };
}

/**
 * The errors to show against fields: the host's per-field errors, or the whole failure as one error at
 * `path` ('' = the page) when no field is to blame (the central API down, a conflict).
 */
export function fieldErrorsOf(error: KioskError, path = ''): FieldError[] {
  if (error.fields.length > 0) return error.fields;
  return error.params === undefined ? [{ path, messageKey: error.messageKey }] : [{ path, messageKey: error.messageKey, params: error.params }];
}
