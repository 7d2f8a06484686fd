import { z } from 'zod';

/** Any JSON value: the public and personal fields of a submission are JSON objects of these. */
export const JsonObjectSchema = z.record(z.string(), z.json());
export type JsonObject = z.infer<typeof JsonObjectSchema>;

/** The body of every non-2xx answer except 304. `code` is machine-readable; `message` is for logs. */
export const CentralErrorBodySchema = z.strictObject({
  error: z.strictObject({
    /** clock_skew (401): the signature was good but its timestamp is outside the replay window; `serverTime` says by how much. */
    code: z.enum(['bad_request', 'unauthorized', 'clock_skew', 'not_found', 'payload_too_large', 'internal_error', 'unavailable']),
    message: z.string().max(500),
    serverTime: z.iso.datetime({ offset: true }).optional(),
  }),
});
export type CentralErrorBody = z.infer<typeof CentralErrorBodySchema>;

export const HealthResponseSchema = z.strictObject({
  status: z.literal('ok'),
  /** The server's clock, so a station can notice its own clock drifting out of the replay window. */
  time: z.iso.datetime({ offset: true }),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
