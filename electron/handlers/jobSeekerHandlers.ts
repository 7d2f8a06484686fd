import type { JobSeekerPublicData } from '../../shared/central/jobSeekerRegistration.js';
import { kioskError } from '../../shared/errors.js';
import { validateJobSeekerRegistration } from '../../shared/forms/jobSeekerRegistration.js';
import { err, ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { SubmissionStore } from '../store/submissionStore.js';
import type { VisitStore } from '../store/visitStore.js';

export type JobSeekerHandlerDeps = {
  readonly submissions: SubmissionStore;
  readonly visits: VisitStore;
  readonly clock: () => Date;
  readonly onSubmitted: () => void;
};

/**
 * 求职登记 (需求归集, issue #15; 鲁就办〔2023〕13号 lists 需求归集 among a station's services). Stored with its outbox
 * entry like every submission; a resident who registers again with the same 身份证号 and phone updates their
 * registration (a new revision under the same reference) instead of making a second one.
 */
export function createJobSeekerHandlers(deps: JobSeekerHandlerDeps): Pick<ChannelHandlers, 'jobSeekers.register'> {
  return {
    'jobSeekers.register': (input) => {
      const valid = validateJobSeekerRegistration(input, deps.clock());
      if (!valid.ok) return err(kioskError('invalid_input', valid.error));
      const registration = valid.value;
      const { disability, ...profile } = registration.profile;
      // registrationId and revision are added by the store, which knows whether this is the first.
      const publicData: Omit<JobSeekerPublicData, 'registrationId' | 'revision'> = { profile, disabilityShared: disability !== null };
      const visitId = registration.visitId !== null && deps.visits.exists(registration.visitId) ? registration.visitId : null;
      const stored = deps.submissions.create({
        kind: 'job_seeker',
        visitId,
        staffAssisted: false,
        publicData,
        personalData: { name: registration.name, phone: registration.phone, idNumber: registration.idNumber, disabilityCategory: disability?.category ?? null },
        dedupeParts: [registration.idNumber, registration.phone],
        revisable: true,
      });
      // A revisable submission is never refused as a duplicate; any other refusal would be a bug in the store.
      if (!stored.ok) return err(kioskError('internal'));
      deps.onSubmitted();
      return ok({ submissionId: stored.value.id, reference: stored.value.reference, updated: stored.value.revision > 1 });
    },
  };
}
