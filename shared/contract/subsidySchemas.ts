import { z } from 'zod';
import { PolicySchema } from '../catalog/policy.js';
import { applicationStatuses } from '../central/lookups.js';
import type { ServiceContactKind } from '../central/serviceRecord.js';

export const PoliciesListOutputSchema = z.strictObject({ policies: z.array(PolicySchema).max(500) });

/**
 * 鲁就办〔2023〕13号 item 16 and 菏残联发〔2024〕18号, "12333": within one year the station delivers 2 policy
 * contacts, 3 career guidance sessions, 3 job recommendations and 3 training offers, 一对一.
 */
export const serviceRecordTargets = { policy_contact: 2, career_guidance: 3, job_recommendation: 3, training_offer: 3 } as const satisfies Record<ServiceContactKind, number>;
export type ServiceRecordKind = keyof typeof serviceRecordTargets;
export const serviceRecordKinds = Object.keys(serviceRecordTargets) as ServiceRecordKind[];

const CountSchema = z.number().int().nonnegative();

/** One 12333 service over the year before the lookup, the central API's counts and this kiosk's unsent ones added up. */
const ProgressEntrySchema = z.strictObject({
  /** Delivered or recorded by staff: what counts toward the target. */
  staff: CountSchema,
  /** Of `staff`, those recorded at this kiosk and not yet forwarded to the central API. */
  staffUnsent: CountSchema,
  /** The resident's own use of a kiosk without staff: shown on its own, never counted toward the target. */
  selfService: CountSchema,
  target: z.number().int().positive(),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;

export const StatusLookupOutputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('answered'),
    applications: z.array(
      z.strictObject({
        reference: z.string().max(64),
        policyId: z.string().max(80),
        status: z.enum(applicationStatuses),
        submittedAt: z.iso.datetime({ offset: true }),
        updatedAt: z.iso.datetime({ offset: true }),
      }),
    ),
    progress: z.strictObject({
      policy_contact: ProgressEntrySchema,
      career_guidance: ProgressEntrySchema,
      job_recommendation: ProgressEntrySchema,
      training_offer: ProgressEntrySchema,
    }),
  }),
  /** The central API could not answer (offline, slow, failing, or not set up): the kiosk offers a stored request instead. */
  z.strictObject({ kind: z.literal('unavailable') }),
]);
export type StatusLookupOutput = z.infer<typeof StatusLookupOutputSchema>;
