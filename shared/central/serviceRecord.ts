import { z } from 'zod';
import type { SubmissionKind } from './submissionKinds.js';

// The "12333" service (鲁就办〔2023〕13号 item 16; 菏残联发〔2024〕18号): "1年内至少开展2次政策对接、提供3次
// 职业指导、推荐3次岗位信息、提供3次技能培训信息", delivered 一对一 by the station. Shared by the kiosk,
// the central contract and the reference server, so all three count the same things over the same window.

export const serviceContactKinds = ['policy_contact', 'career_guidance', 'job_recommendation', 'training_offer'] as const;
export type ServiceContactKind = (typeof serviceContactKinds)[number];
export const ServiceContactKindSchema = z.enum(serviceContactKinds);

/** Every service at 0: where each count of the record starts. */
export function zeroServiceCounts(): Record<ServiceContactKind, number> {
  return { policy_contact: 0, career_guidance: 0, job_recommendation: 0, training_offer: 0 };
}

/**
 * `publicData` of a `service_record` submission: a service staff delivered outside any other submission
 * (a career-guidance talk, a policy explained at the desk). `personalData` carries `{ idNumber }`.
 */
export const ServiceRecordPublicDataSchema = z.strictObject({ service: ServiceContactKindSchema });
export type ServiceRecordPublicData = z.infer<typeof ServiceRecordPublicDataSchema>;

/**
 * Which service a resident's own submission is about. Made at the kiosk alone it is self-service use;
 * made in a staff-assisted visit (staffAssisted) staff delivered it, and it counts toward the targets.
 */
export const serviceOfSubmission: Readonly<Partial<Record<SubmissionKind, ServiceContactKind>>> = {
  job_interest: 'job_recommendation',
  training_signup: 'training_offer',
  subsidy_inquiry: 'policy_contact',
};

/**
 * Where the "1年内" window starts: the same moment one calendar year before `now` (UTC calendar, so the
 * kiosk and the central API agree whatever their time zone). A service therefore counts for one year
 * after it happened, however the calendar year falls. On 29 February the window starts on 1 March of the
 * year before (Date.UTC rolls the missing day over), so it is never longer than a year.
 */
export function serviceRecordWindowStart(now: Date): Date {
  return new Date(
    Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()),
  );
}
