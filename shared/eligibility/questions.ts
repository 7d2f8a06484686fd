import { z } from 'zod';
import { disabilityCategories } from '../catalog/disability.js';

// The questions the eligibility check may ask (issues #7, #13), in the order they are asked. Every
// question can also be answered "不知道" (UNKNOWN): the check then says "need more information", never
// "no". Each is worded positively ("您有…吗"), so "是/有" always means the condition holds.
export const UNKNOWN = 'unknown' as const;

/**
 * The groups 鲁就办〔2023〕13号 item 16 takes into 就业援助: 零就业家庭、低保家庭、低保边缘家庭、脱贫享受政策
 * 人口和防止返贫监测帮扶对象、大龄、残疾、长期失业. Disability is asked on its own (it has a certificate).
 * One answer is enough to decide, so a resident in several groups picks any one.
 */
export const assistanceGroups = ['low_income_family', 'zero_employment_family', 'poverty_monitoring', 'older_worker', 'long_term_unemployed'] as const;

export const eligibilityQuestions = {
  /** 户籍或常住: asked only when a city's own policy is on the list (issue #13). */
  residence: { kind: 'choice', options: ['local', 'elsewhere'] },
  disabilityCertified: { kind: 'choice', options: ['yes', 'no'] },
  employment: { kind: 'choice', options: ['employed', 'flexible', 'unemployed', 'student'] },
  /** 菏残联发〔2024〕18号: the social insurance subsidy is for those who "缴纳社会保险费". */
  paysSocialInsurance: { kind: 'choice', options: ['yes', 'no'] },
  /** 就业困难人员认定 is done by the authorities, never by the kiosk: asked, not inferred. */
  hardshipRecognised: { kind: 'choice', options: ['yes', 'no'] },
  assistanceGroup: { kind: 'choice', options: [...assistanceGroups, 'none'] },
  registeredUnemployed: { kind: 'choice', options: ['yes', 'no'] },
  /** 职业资格证书 or 职业技能等级证书 (青岛 plan, 职业技能提升补贴). */
  skillCertificate: { kind: 'choice', options: ['yes', 'no'] },
  /** 应届: graduating this year from a 中等 or 高等 school (中专、技校、职业院校、大专、大学). */
  graduation: { kind: 'choice', options: ['this_year', 'earlier', 'not_graduate'] },
  /** 鲁就办〔2023〕13号 item 7: 小微企业, or a *newly registered* 个体工商户. */
  business: { kind: 'choice', options: ['small_enterprise', 'new_individual', 'individual', 'none'] },
  /** 菏残联发〔2024〕18号: the free work space is for a 社区微业 project. */
  microProject: { kind: 'choice', options: ['yes', 'no'] },
  age: { kind: 'number', min: 16, max: 100 },
  /** Optional, asked only with the resident's consent (个人信息保护法 Art. 28–29: sensitive data). */
  disabilityCategory: { kind: 'choice', options: disabilityCategories },
  disabilityGrade: { kind: 'choice', options: ['1', '2', '3', '4'] },
} as const;

export type QuestionId = keyof typeof eligibilityQuestions;
export const questionIds = Object.keys(eligibilityQuestions) as QuestionId[];
export const QuestionIdSchema = z.enum(questionIds as [QuestionId, ...QuestionId[]]);

/** A resident's answers so far: a number (age), an option, or UNKNOWN. Absent = not asked yet. */
export type EligibilityAnswers = Partial<Record<QuestionId, string | number>>;

export const EligibilityAnswersSchema = z
  .record(QuestionIdSchema, z.union([z.string().max(40), z.number().int()]))
  .superRefine((answers, context) => {
    for (const [id, value] of Object.entries(answers)) {
      const question = eligibilityQuestions[id as QuestionId];
      if (value === UNKNOWN) continue;
      const valid =
        question.kind === 'number'
          ? typeof value === 'number' && value >= question.min && value <= question.max
          : typeof value === 'string' && (question.options as readonly string[]).includes(value);
      if (!valid) context.addIssue({ code: 'custom', path: [id], message: 'invalid_answer' });
    }
  });
