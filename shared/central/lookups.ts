import { z } from 'zod';
import { idChecksumChar } from '../domain/idNumber.js';
import type { ServiceContactKind } from './serviceRecord.js';

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

/** POST /v1/service-record/lookup: the resident's 12333 record (鲁就办〔2023〕13号 item 16, "2/3/3/3"). */
export const ServiceRecordRequestSchema = z.strictObject({ idNumber: IdNumberSchema });
export type ServiceRecordRequest = z.infer<typeof ServiceRecordRequestSchema>;

const ServiceCountSchema = z.number().int().nonnegative();
/** How many times each 12333 service happened within one year before the lookup. */
export const ServiceCountsSchema = z.strictObject({
  policy_contact: ServiceCountSchema,
  career_guidance: ServiceCountSchema,
  job_recommendation: ServiceCountSchema,
  training_offer: ServiceCountSchema,
} satisfies Record<ServiceContactKind, typeof ServiceCountSchema>);
export type ServiceCounts = z.infer<typeof ServiceCountsSchema>;

/**
 * Both counts cover services from one year before the lookup until now, by when the service happened
 * (a submission's createdAt), not by calendar year: "1年内" in the documents.
 */
export const ServiceRecordResponseSchema = z.strictObject({
  /**
   * Services the station delivered 一对一 (the 2/3/3/3 targets count only these): staff-recorded
   * service_record submissions, submissions made in a staff-assisted visit, and services recorded elsewhere.
   */
  staffDelivered: ServiceCountsSchema,
  /** The resident's own use of a kiosk without staff (a job interest, a sign-up, a call-back request): shown, never counted. */
  selfService: ServiceCountsSchema,
});
export type ServiceRecordResponse = z.infer<typeof ServiceRecordResponseSchema>;
