import { z } from 'zod';
import { disabilityCategories } from '../catalog/disability.js';

// The questions the eligibility check may ask (issue #7), in the order they are asked. Every question
// can also be answered "不知道" (UNKNOWN): the check then says "need more information", never "no".
export const UNKNOWN = 'unknown' as const;

export const eligibilityQuestions = {
  age: { kind: 'number', min: 16, max: 100 },
  disabilityCertified: { kind: 'choice', options: ['yes', 'no'] },
  /** Optional, asked only with the resident's consent (个人信息保护法 Art. 28–29: sensitive data). */
  disabilityCategory: { kind: 'choice', options: disabilityCategories },
  disabilityGrade: { kind: 'choice', options: ['1', '2', '3', '4'] },
  employment: { kind: 'choice', options: ['employed', 'flexible', 'unemployed', 'student'] },
  registeredUnemployed: { kind: 'choice', options: ['yes', 'no'] },
  /** 失业一年以上: one of the 就业困难人员 categories. */
  unemployedOverYear: { kind: 'choice', options: ['yes', 'no'] },
  /** 毕业年度: the calendar year of graduation counts as "this year". */
  graduation: { kind: 'choice', options: ['this_year', 'last_year', 'earlier', 'not_graduate'] },
  business: { kind: 'choice', options: ['none', 'individual', 'small_enterprise'] },
  /** 户籍或常住在本市. */
  residence: { kind: 'choice', options: ['local', 'elsewhere'] },
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
