import type { Course, CourseSession } from '../catalog/course.js';
import type { TrainingSignUpInput, TrainingSignUpStatus } from '../contract/trainingSchemas.js';
import { checkAgeRule } from '../domain/ageRule.js';
import { parseDisabilityCardNumber, type DisabilityCardCategory, type DisabilityGrade } from '../domain/disabilityCard.js';
import type { FieldError } from '../errors.js';
import { err, ok, type Result } from '../result.js';
import { checkIdNumber, checkName, checkPhone, collectErrors } from './personalFields.js';

export type ValidTrainingSignup = {
  readonly courseId: string;
  readonly sessionId: string;
  readonly visitId: string | null;
  readonly name: string;
  readonly phone: string;
  /** Normalised 18 characters (GB 11643), upper-case X. */
  readonly idNumber: string;
  readonly disabilityCard: { readonly number: string; readonly category: DisabilityCardCategory; readonly grade: DisabilityGrade } | null;
  /** 'waitlisted' when the session is full and the resident accepted the waitlist. */
  readonly status: TrainingSignUpStatus;
};

/**
 * Checks a training sign-up (issue #5) the same way in the renderer and in the host. `session.seatsTaken`
 * is whatever the caller knows: the catalog's count in the renderer, plus this kiosk's own pending
 * sign-ups in the host. Every error names its field, in form order, for the error summary.
 */
export function validateTrainingSignup(
  input: TrainingSignUpInput,
  course: Course,
  session: CourseSession,
  today: Date,
): Result<ValidTrainingSignup, FieldError[]> {
  const name = checkName(input.name);
  const phone = checkPhone(input.phone);
  const id = checkIdNumber(input.idNumber, today);
  const errors = collectErrors([name, phone, id]);

  // Age rules are decided on the session's start date, exact to the birthday.
  if (id.ok) {
    const age = checkAgeRule(id.value.birthDate, course.minAge, course.maxAge, session.startDate);
    if (age !== 'ok') {
      errors.push({
        path: 'idNumber',
        messageKey: `errors.training.${age}`,
        params: course.maxAge === null ? { minAge: course.minAge } : { minAge: course.minAge, maxAge: course.maxAge },
      });
    }
  }

  // 个人信息保护法 Arts. 28–30: the card is only looked at when the resident consented to share it
  // (the schema makes consent a literal true). Its ID part must be the 身份证号 given in this sign-up.
  let disabilityCard: ValidTrainingSignup['disabilityCard'] = null;
  if (input.disabilityCard !== null) {
    const card = parseDisabilityCardNumber(input.disabilityCard.number, today, id.ok ? id.value.value : undefined);
    if (card.ok) {
      disabilityCard = { number: card.value.value, category: card.value.category, grade: card.value.grade };
    } else {
      errors.push({
        path: 'disabilityCard.number',
        messageKey: `errors.disabilityCard.${card.error.reason}`,
        ...(card.error.reason === 'bad_id_part' ? { params: { idReason: card.error.idReason } } : {}),
      });
    }
  }

  const full = session.seatsTaken >= session.seatsTotal;
  if (full && !input.acceptWaitlist) {
    errors.push({ path: 'sessionId', messageKey: 'errors.training.sessionFull' });
  }

  if (!name.ok || !phone.ok || !id.ok || errors.length > 0) return err(errors);
  return ok({
    courseId: course.id,
    sessionId: session.id,
    visitId: input.visitId,
    name: name.value,
    phone: phone.value,
    idNumber: id.value.value,
    disabilityCard,
    status: full ? 'waitlisted' : 'signed_up',
  });
}
