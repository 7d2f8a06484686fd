import { z } from 'zod';
import { CourseCategorySchema, CourseFormatSchema, CourseSchema } from '../catalog/course.js';
import { disabilityCategories } from '../catalog/disability.js';
import { DistrictCodeSchema } from '../geo/districts.js';
import { VisitIdSchema } from './appSchemas.js';
import { KeypadInitialsSchema, SubmissionReceiptSchema } from './jobSchemas.js';

// Training courses and sign-up (issue #5). Inputs are strict objects (unknown keys refused) with bounded
// strings; their content is checked by validateTrainingSignup, shared with the renderer.

const CourseIdSchema = z.string().regex(/^[a-z0-9-]{3,64}$/);
const SessionIdSchema = z.string().regex(/^[a-z0-9-]{3,64}$/);

/** The catalog is a few hundred courses at most: one answer, no paging, but never more than this. */
export const COURSE_SEARCH_MAX = 100;

// Search and filters for the course list. Null means "any".
export const CourseSearchInputSchema = z.strictObject({
  text: z.string().max(50),
  /** When not empty, searches by keypad initials instead of text. */
  initials: KeypadInitialsSchema.optional(),
  category: CourseCategorySchema.nullable(),
  districtCode: DistrictCodeSchema.nullable(),
  format: CourseFormatSchema.nullable(),
  /** A session starts in this month (YYYY-MM). */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).nullable(),
  /** Only courses with a session that still has a free seat. */
  hasSeats: z.boolean(),
});
export type CourseSearchInput = z.infer<typeof CourseSearchInputSchema>;

export const CourseSearchOutputSchema = z.strictObject({
  courses: z.array(CourseSchema).max(COURSE_SEARCH_MAX),
});

export const CourseGetInputSchema = z.strictObject({ id: CourseIdSchema });
export const CourseGetOutputSchema = z.strictObject({ course: CourseSchema });

/** 个人信息保护法 Arts. 28–30: the 残疾人证号 reveals disability status; it is only sent with its own, explicit consent. */
export const DisabilityCardDisclosureSchema = z.strictObject({
  consent: z.literal(true),
  number: z.string().max(40),
});

export const TrainingSignUpInputSchema = z.strictObject({
  courseId: CourseIdSchema,
  sessionId: SessionIdSchema,
  visitId: VisitIdSchema.nullable(),
  /** Typed on the numeric pad or read by the ID card reader; required for training. */
  idNumber: z.string().max(40),
  phone: z.string().max(40),
  /** From the card reader (which may carry long minority names) or typed; checked by checkName. */
  name: z.string().max(500),
  /** null: the resident declined to share a 残疾人证 (or has none). */
  disabilityCard: DisabilityCardDisclosureSchema.nullable(),
  /** The resident accepts a waitlist place when the session is full. */
  acceptWaitlist: z.boolean(),
});
export type TrainingSignUpInput = z.infer<typeof TrainingSignUpInputSchema>;

export const trainingSignUpStatuses = ['signed_up', 'waitlisted'] as const;
export const TrainingSignUpStatusSchema = z.enum(trainingSignUpStatuses);
export type TrainingSignUpStatus = z.infer<typeof TrainingSignUpStatusSchema>;

/** Category (1–6 as in the catalog, or 多重) and grade (一级 1 … 四级 4) from the card; the renderer says them in words. */
export const DisabilityCardSummarySchema = z.strictObject({
  category: z.enum([...disabilityCategories, 'multiple']),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});

export const TrainingSignUpOutputSchema = z.strictObject({
  ...SubmissionReceiptSchema.shape,
  status: TrainingSignUpStatusSchema,
  disability: DisabilityCardSummarySchema.nullable(),
});

/** What the 二代身份证 reader gives the form: the name and the number, nothing else from the chip. */
export const IdCardReadingSchema = z.strictObject({
  name: z.string().max(500),
  idNumber: z.string().max(40),
});
