import { z } from 'zod';
import { LocalizedTextSchema } from '../catalog/localizedText.js';
import { QuestionIdSchema } from './questions.js';

// Eligibility rules are data in the policy catalog (assets/catalog/policies.json, refreshed from the
// central API), so a policy change is a catalog update, not a kiosk release.

/** One test on one answer, with the words that explain it either way. */
export const ClauseSchema = z.strictObject({
  question: QuestionIdSchema,
  /** For choice questions: the answers that satisfy the clause. */
  oneOf: z.array(z.string().min(1)).min(1).optional(),
  /** For number questions (age): an inclusive range. */
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /**
   * This alternative does not meet the condition yet; it opens a first step (issue #13). 社会保险补贴 is
   * for 就业困难人员, and being disabled is not the same as being recognised as one: 认定 is done by the
   * authorities, so a certificate holder "可以先申请认定", which is a different answer from "您是".
   */
  firstStep: z.literal(true).optional(),
  /** Said when the clause holds: "您持有残疾人证". Joined into "因为…并且…". */
  met: LocalizedTextSchema,
  /** Said when it does not: "这项补贴只给持有残疾人证的人". */
  unmet: LocalizedTextSchema,
});
export type Clause = z.infer<typeof ClauseSchema>;

/** Either one clause, or "any of" several (e.g. 就业援助: 低保家庭 OR 残疾 OR 长期失业 …). */
export const ConditionSchema = z.union([ClauseSchema, z.strictObject({ anyOf: z.array(ClauseSchema).min(2) })]);
export type Condition = z.infer<typeof ConditionSchema>;

export const EligibilityRulesSchema = z.strictObject({
  /** All must hold for "likely eligible". */
  conditions: z.array(ConditionSchema).min(1),
  /**
   * Amounts that depend on an answer (一次性创业补贴: 小微企业 ≥ 12,000 元, 新注册个体工商户 ≥ 2,000 元).
   * The first variant whose clause holds replaces the policy's general amount in the verdict.
   */
  amountVariants: z.array(z.strictObject({ when: ClauseSchema.omit({ met: true, unmet: true, firstStep: true }), amountText: LocalizedTextSchema, minYuan: z.number().nonnegative().nullable() })),
});
export type EligibilityRules = z.infer<typeof EligibilityRulesSchema>;
