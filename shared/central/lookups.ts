import { z } from 'zod';
import { idChecksumChar } from '../domain/idNumber.js';

/** A normalized 18-character 身份证号 with a valid GB 11643 check character. */
const IdNumberSchema = z
  .string()
  .regex(/^\d{17}[\dX]$/)
  .refine((value) => idChecksumChar(value.slice(0, 17)) === value.slice(17), { message: 'checksum' });

// Lookups a resident asks for at the kiosk (issue #7 uses them). They need the network; offline the
// kiosk stores the request as a status_request submission and forwards it like any other.

/** POST /v1/applications/lookup: the status of a resident's subsidy applications. */
export const ApplicationStatusRequestSchema = z.strictObject({
  idNumber: IdNumberSchema,
  /** The last 4 digits of the phone given on the application: a second factor a passer-by lacks. */
  phoneLast4: z.string().regex(/^\d{4}$/),
});
export type ApplicationStatusRequest = z.infer<typeof ApplicationStatusRequestSchema>;

export const applicationStatuses = ['received', 'under_review', 'approved', 'rejected', 'paid'] as const;

export const ApplicationStatusResponseSchema = z.strictObject({
  applications: z.array(
    z.strictObject({
      reference: z.string().min(1).max(64),
      policyId: z.string().min(1).max(80),
      status: z.enum(applicationStatuses),
      submittedAt: z.iso.datetime({ offset: true }),
      updatedAt: z.iso.datetime({ offset: true }),
    }),
  ).max(50),
});
export type ApplicationStatusResponse = z.infer<typeof ApplicationStatusResponseSchema>;

/** POST /v1/service-record/lookup: the resident's 12333 record (鲁就办〔2023〕13号 "2/3/3/3"). */
export const ServiceRecordRequestSchema = z.strictObject({ idNumber: IdNumberSchema });
export type ServiceRecordRequest = z.infer<typeof ServiceRecordRequestSchema>;

export const ServiceRecordResponseSchema = z.strictObject({
  counts: z.strictObject({
    policy_contact: z.number().int().nonnegative(),
    career_guidance: z.number().int().nonnegative(),
    job_recommendation: z.number().int().nonnegative(),
    training_offer: z.number().int().nonnegative(),
  }),
});
export type ServiceRecordResponse = z.infer<typeof ServiceRecordResponseSchema>;
