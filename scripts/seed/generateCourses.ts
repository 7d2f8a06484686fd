import { CourseSchema, type Course } from '../../shared/catalog/course.js';
import { courseTemplates, type CourseTemplate } from './courseTemplates.js';
import { writeValidatedJson } from './writeJson.js';
import { appliesAtStation } from '../../shared/catalog/policyArea.js';
import { buildPolicies } from './generatePolicies.js';

// Builds the shipped course catalog from the literal rows in courseTemplates.ts. Ids come from
// row order (course-001, course-001-s1), so the output is deterministic without any randomness.
// Every course is marked as demonstration data (issue #13).

export const coursesJsonUrl = new URL('../../assets/catalog/courses.json', import.meta.url);

const policies = buildPolicies();

/**
 * A course links a subsidy only where that subsidy applies (issue #13): the 职业技能提升补贴 is Qingdao's,
 * so a course elsewhere does not promise it.
 */
function subsidyPolicyIn(policyId: string | null, districtCode: string): string | null {
  const policy = policies.find((candidate) => candidate.id === policyId);
  return policy !== undefined && appliesAtStation(policy.area, districtCode) ? policy.id : null;
}

function courseId(index: number): string {
  return `course-${String(index + 1).padStart(3, '0')}`;
}

// Fields are listed in schema order so the JSON reads the same way as course.ts.
function buildCourse(template: CourseTemplate, index: number): Course {
  const id = courseId(index);
  return {
    id,
    category: template.category,
    title: template.title,
    provider: template.provider,
    venue: template.venue,
    districtCode: template.districtCode,
    format: template.format,
    venueAccessibility: template.venueAccessibility,
    description: template.description,
    suits: template.suits,
    suitableFor: [...template.suitableFor],
    minAge: template.minAge,
    maxAge: template.maxAge,
    cost: template.cost,
    certificate: template.certificate,
    subsidyPolicyId: subsidyPolicyIn(template.subsidyPolicyId, template.districtCode),
    whatToBring: template.whatToBring,
    sessions: template.sessions.map((session, sessionIndex) => ({
      id: `${id}-s${sessionIndex + 1}`,
      startDate: session.startDate,
      endDate: session.endDate,
      schedule: session.schedule,
      seatsTotal: session.seatsTotal,
      seatsTaken: session.seatsTaken,
      seatsUpdatedAt: session.seatsUpdatedAt,
    })),
    source: template.source,
    // Seed courses are examples, not real classes: the screens say so (issue #13).
    demonstration: true,
  };
}

export function buildCourses(): Course[] {
  return courseTemplates.map(buildCourse);
}

/** Validates and writes assets/catalog/courses.json; run via the seed test with UPDATE_SEED=1. */
export function writeCoursesJson(): Course[] {
  return writeValidatedJson(coursesJsonUrl, CourseSchema, buildCourses(), 'courses');
}
