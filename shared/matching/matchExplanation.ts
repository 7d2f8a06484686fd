import { z } from 'zod';
import { PayUnitSchema } from '../catalog/job.js';

/** Why a job suits the resident; each becomes a translated sentence on screen and in speech. */
export const matchReasonKinds = [
  'wanted_category',
  'home_based',
  'in_district',
  'pay_meets_floor',
  'hours_fit',
  'step_free',
  'accessible_toilet',
  'sign_language',
  'assisted',
  'suitable_for_category',
] as const;
export const MatchReasonSchema = z.strictObject({ kind: z.enum(matchReasonKinds) });
export type MatchReason = z.infer<typeof MatchReasonSchema>;

/** What does not suit, said plainly so the resident can judge ("需要上台阶"). */
export const MatchConcernSchema = z.discriminatedUnion('kind', [
  /** Rounded to 5 km: district seats are all the kiosk knows of where a job is. */
  z.strictObject({ kind: z.literal('far'), km: z.number().int().positive() }),
  z.strictObject({ kind: z.literal('pay_below_floor') }),
  /** Paid by another unit (a day, a piece): not converted, because the listing does not say how many days. */
  z.strictObject({ kind: z.literal('pay_unit_differs'), unit: PayUnitSchema }),
  z.strictObject({ kind: z.literal('full_time_only') }),
  z.strictObject({ kind: z.literal('steps') }),
  z.strictObject({ kind: z.literal('no_accessible_toilet') }),
  z.strictObject({ kind: z.literal('no_sign_language') }),
  z.strictObject({ kind: z.literal('not_assisted') }),
]);
export type MatchConcern = z.infer<typeof MatchConcernSchema>;
