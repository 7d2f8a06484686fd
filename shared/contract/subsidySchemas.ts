import { z } from 'zod';
import { PolicySchema } from '../catalog/policy.js';
import { applicationStatuses } from '../central/lookups.js';

export const PoliciesListOutputSchema = z.strictObject({ policies: z.array(PolicySchema).max(500) });

/** 鲁就办〔2023〕13号 "12333": within a year, 2 policy contacts, 3 career guidance, 3 job recommendations, 3 training offers. */
export const serviceRecordTargets = { policy_contact: 2, career_guidance: 3, job_recommendation: 3, training_offer: 3 } as const;
export type ServiceRecordKind = keyof typeof serviceRecordTargets;
export const serviceRecordKinds = Object.keys(serviceRecordTargets) as ServiceRecordKind[];

const ProgressEntrySchema = z.strictObject({
  /** Known to the central API. */
  central: z.number().int().nonnegative(),
  /** Recorded at this kiosk and not yet forwarded. */
  local: z.number().int().nonnegative(),
  target: z.number().int().positive(),
});

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
