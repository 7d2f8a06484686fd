import { z } from 'zod';
import { LocalizedTextSchema } from './localizedText.js';
import { EligibilityRulesSchema } from '../eligibility/rules.js';

export const policyAudiences = ['individual', 'employer', 'institution'] as const;
export const applyChannels = ['station', 'aishandong', 'disabled_federation', 'hotline_12333'] as const;

export const PolicyAmountSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('money'),
    text: LocalizedTextSchema,
    /** The floor the documents guarantee ("不低于"), when they give one. */
    minYuan: z.number().nonnegative().nullable(),
    maxYuan: z.number().nonnegative().nullable(),
  }),
  z.object({ kind: z.literal('not_monetary'), text: LocalizedTextSchema }),
]);

export const PolicySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,64}$/),
  title: LocalizedTextSchema,
  /** Source document number from ../shared/seeds, e.g. 鲁就办〔2023〕13号. */
  source: z.object({ documentNumber: z.string().min(1), title: LocalizedTextSchema }),
  audience: z.enum(policyAudiences),
  summary: LocalizedTextSchema,
  easyRead: LocalizedTextSchema,
  whoQualifies: LocalizedTextSchema,
  /** For employer- or institution-side policies: who actually applies, in words. */
  whoApplies: LocalizedTextSchema,
  amount: PolicyAmountSchema,
  documents: z.array(LocalizedTextSchema),
  whereToApply: z.object({ channels: z.array(z.enum(applyChannels)).min(1), note: LocalizedTextSchema }),
  effective: z.object({ from: z.iso.date(), to: z.iso.date().nullable() }),
  /**
   * What the eligibility check tests for a resident (issue #7). null for policies residents cannot
   * apply for themselves (audience employer / institution): the check answers "not for individuals"
   * and says who applies (whoApplies).
   */
  eligibility: EligibilityRulesSchema.nullable(),
});
export type Policy = z.infer<typeof PolicySchema>;
