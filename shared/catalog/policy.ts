import { z } from 'zod';
import { LocalizedTextSchema } from './localizedText.js';
import { CitationSchema } from './citation.js';
import { PolicyAreaSchema } from './policyArea.js';
import { EligibilityRulesSchema } from '../eligibility/rules.js';

export const policyAudiences = ['individual', 'employer', 'institution'] as const;
export const applyChannels = ['station', 'aishandong', 'disabled_federation'] as const;
/**
 * What the resident would get (issue #13): the verdict's words depend on it. Money is "领", a loan is
 * "申请" (it is paid back), a service or free training is "享受/参加", a work space is "使用".
 */
export const benefitKinds = ['money', 'loan', 'service', 'training', 'space'] as const;
export type BenefitKind = (typeof benefitKinds)[number];

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

const citations = z.array(CitationSchema).min(1).max(6);

export const PolicySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,64}$/),
  title: LocalizedTextSchema,
  /** Source document number from ../shared/seeds, e.g. 鲁就办〔2023〕13号. */
  source: z.object({ documentNumber: z.string().min(1), title: LocalizedTextSchema }),
  area: PolicyAreaSchema,
  audience: z.enum(policyAudiences),
  benefit: z.enum(benefitKinds),
  summary: LocalizedTextSchema,
  easyRead: LocalizedTextSchema,
  whoQualifies: LocalizedTextSchema,
  /** For employer- or institution-side policies: who actually applies, in words. */
  whoApplies: LocalizedTextSchema,
  amount: PolicyAmountSchema,
  whereToApply: z.object({ channels: z.array(z.enum(applyChannels)).min(1), note: LocalizedTextSchema }),
  effective: z.object({ from: z.iso.date(), to: z.iso.date().nullable() }),
  /**
   * The sentences each part rests on (issue #13). No source lists the papers to bring, so the catalog has
   * no document list: the screens say to confirm with staff.
   */
  basis: z.strictObject({ conditions: citations, amount: citations, applicant: citations, period: citations }),
  /**
   * What the eligibility check tests for a resident (issue #7). null for policies residents cannot
   * apply for themselves (audience employer / institution): the check answers "not for individuals"
   * and says who applies (whoApplies).
   */
  eligibility: EligibilityRulesSchema.nullable(),
});
export type Policy = z.infer<typeof PolicySchema>;
