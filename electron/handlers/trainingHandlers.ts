import type { Course, CourseSession } from '../../shared/catalog/course.js';
import { COURSE_SEARCH_MAX } from '../../shared/contract/trainingSchemas.js';
import { kioskError } from '../../shared/errors.js';
import { validateTrainingSignup } from '../../shared/forms/trainingSignup.js';
import { err, ok } from '../../shared/result.js';
import { localIsoDate } from '../../shared/domain/localDate.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { CourseSearch } from '../store/courseSearch.js';
import type { SubmissionStore } from '../store/submissionStore.js';
import type { VisitStore } from '../store/visitStore.js';

type TrainingHandlers = Pick<ChannelHandlers, 'courses.search' | 'courses.get' | 'training.signUp'>;

export type TrainingHandlerDeps = {
  readonly courses: CourseSearch;
  /** This kiosk's sign-ups not yet forwarded, by session id (createPendingSeatCounter). */
  readonly pendingSeats: () => ReadonlyMap<string, number>;
  readonly submissions: SubmissionStore;
  readonly visits: VisitStore;
  readonly clock: () => Date;
  /** Tells the status area the queue grew. */
  readonly onSubmitted: () => void;
};

/**
 * The course as this kiosk knows it: the catalog's seat counts plus this kiosk's sign-ups not yet
 * forwarded, so "还有 N 个名额" is true here and a full class is known before any personal data is asked
 * (issue #12), not refused after everything was typed.
 */
function withPendingSeats(course: Course, pending: ReadonlyMap<string, number>): Course {
  return { ...course, sessions: course.sessions.map((session) => ({ ...session, seatsTaken: Math.min(session.seatsTotal, session.seatsTaken + (pending.get(session.id) ?? 0)) })) };
}

function upcomingSession(course: Course, sessionId: string, today: string): CourseSession | undefined {
  return course.sessions.find((session) => session.id === sessionId && session.startDate >= today);
}

export function createTrainingHandlers(deps: TrainingHandlerDeps): TrainingHandlers {
  return {
    'courses.search': (input) => {
      const courses = deps.courses.search({
        text: input.text,
        ...(input.initials === undefined ? {} : { initials: input.initials }),
        ...(input.category === null ? {} : { category: input.category }),
        ...(input.districtCode === null ? {} : { districtCode: input.districtCode }),
        ...(input.format === null ? {} : { format: input.format }),
        ...(input.month === null ? {} : { month: input.month }),
        hasSeats: input.hasSeats,
        ...(input.hasSeats ? { pendingSeats: deps.pendingSeats() } : {}),
        today: localIsoDate(deps.clock()),
        limit: COURSE_SEARCH_MAX,
      });
      const pending = deps.pendingSeats();
      return ok({ courses: courses.map((course) => withPendingSeats(course, pending)) });
    },
    'courses.get': ({ id }) => {
      const course = deps.courses.get(id, localIsoDate(deps.clock()));
      return course === undefined
        ? err(kioskError('not_found', [{ path: 'id', messageKey: 'errors.training.courseNotFound' }]))
        : ok({ course: withPendingSeats(course, deps.pendingSeats()) });
    },
    'training.signUp': (input) => {
      // Synchronous from the seat count to the insert (better-sqlite3), so no other sign-up at this kiosk
      // can slip in between and take the same last seat.
      const now = deps.clock();
      const today = localIsoDate(now);
      const course = deps.courses.get(input.courseId, today);
      if (course === undefined) return err(kioskError('not_found', [{ path: 'courseId', messageKey: 'errors.training.courseNotFound' }]));
      const catalogSession = upcomingSession(course, input.sessionId, today);
      if (catalogSession === undefined) {
        return err(kioskError('not_found', [{ path: 'sessionId', messageKey: 'errors.training.sessionNotFound' }]));
      }
      const session = { ...catalogSession, seatsTaken: catalogSession.seatsTaken + (deps.pendingSeats().get(catalogSession.id) ?? 0) };
      const valid = validateTrainingSignup(input, course, session, now);
      if (!valid.ok) return err(kioskError('invalid_input', valid.error));
      const signup = valid.value;
      // A visit id the host does not know (ended and purged, or forged) is dropped, not trusted.
      const visitId = signup.visitId !== null && deps.visits.exists(signup.visitId) ? signup.visitId : null;
      const stored = deps.submissions.create({
        kind: 'training_signup',
        visitId,
        staffAssisted: false,
        publicData: { courseId: course.id, sessionId: session.id, courseTitle: course.title['zh-CN'], status: signup.status },
        // 个人信息保护法 Arts. 28–30: the 残疾人证 is kept only when the resident consented to share it.
        personalData: { name: signup.name, phone: signup.phone, idNumber: signup.idNumber, disabilityCard: signup.disabilityCard },
        // The same 身份证号 (normalised, GB 11643) for the same session is the same sign-up.
        dedupeParts: [session.id, signup.idNumber],
        // "Training offered" and the sign-up count toward the resident's 12333 record (鲁就办〔2023〕13号).
        serviceContacts: { idNumber: signup.idNumber, kinds: ['training_offer'] },
      });
      if (!stored.ok) {
        return err(
          kioskError('conflict', [{ path: 'idNumber', messageKey: 'errors.training.duplicate', params: { reference: stored.error.existingReference } }]),
        );
      }
      deps.onSubmitted();
      return ok({
        submissionId: stored.value.id,
        reference: stored.value.reference,
        status: signup.status,
        disability: signup.disabilityCard === null ? null : { category: signup.disabilityCard.category, grade: signup.disabilityCard.grade },
      });
    },
  };
}
