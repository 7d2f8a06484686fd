import { JobSchema, type Job } from '../../shared/catalog/job.js';
import { kioskError } from '../../shared/errors.js';
import { validateJobInterest } from '../../shared/forms/jobInterest.js';
import { findDistrict } from '../../shared/geo/districts.js';
import { err, ok } from '../../shared/result.js';
import { localIsoDate } from '../../shared/domain/localDate.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { CatalogStore } from '../store/catalogStore.js';
import type { JobSearch } from '../store/jobSearch.js';
import type { SettingsStore } from '../store/settingsStore.js';
import type { SubmissionStore } from '../store/submissionStore.js';
import type { VisitStore } from '../store/visitStore.js';

type JobHandlers = Pick<ChannelHandlers, 'jobs.search' | 'jobs.get' | 'jobs.registerInterest'>;

export type JobHandlerDeps = {
  readonly search: JobSearch;
  readonly catalog: CatalogStore;
  readonly settings: SettingsStore;
  readonly submissions: SubmissionStore;
  readonly visits: VisitStore;
  readonly clock: () => Date;
  /** Tells the status area the queue grew. */
  readonly onSubmitted: () => void;
};

function openJob(catalog: CatalogStore, id: string, today: string): Job | undefined {
  const parsed = JobSchema.safeParse(catalog.item('jobs', id));
  return parsed.success && parsed.data.expiresAt >= today ? parsed.data : undefined;
}

export function createJobHandlers(deps: JobHandlerDeps): JobHandlers {
  return {
    'jobs.search': (input) => {
      const station = findDistrict(deps.settings.stationConfig().districtCode);
      const result = deps.search.search({
        text: input.text,
        ...(input.initials === undefined ? {} : { initials: input.initials }),
        ...(input.districtCode === null ? {} : { districtCode: input.districtCode }),
        ...(input.category === null || input.category === undefined ? {} : { category: input.category }),
        ...(input.workType === null ? {} : { workType: input.workType }),
        ...(input.suitableFor === null ? {} : { suitableFor: input.suitableFor }),
        ...(input.homeBased === null ? {} : { homeBased: input.homeBased }),
        ...(input.payFloorMonthlyYuan === null ? {} : { payFloorMonthlyYuan: input.payFloorMonthlyYuan }),
        sort: input.sort,
        ...(station === undefined ? {} : { station: { lat: station.lat, lon: station.lon } }),
        today: localIsoDate(deps.clock()),
        offset: input.page * input.pageSize,
        limit: input.pageSize,
      });
      return ok({ total: result.total, page: input.page, pageSize: input.pageSize, jobs: result.jobs });
    },
    'jobs.get': ({ id }) => {
      const job = openJob(deps.catalog, id, localIsoDate(deps.clock()));
      return job === undefined
        ? err(kioskError('not_found', [{ path: 'id', messageKey: 'errors.jobInterest.jobNotFound' }]))
        : ok({ job });
    },
    'jobs.registerInterest': (input) => {
      const now = deps.clock();
      const valid = validateJobInterest(input, now);
      if (!valid.ok) return err(kioskError('invalid_input', valid.error));
      const job = openJob(deps.catalog, valid.value.jobId, localIsoDate(now));
      if (job === undefined) return err(kioskError('not_found', [{ path: 'jobId', messageKey: 'errors.jobInterest.jobNotFound' }]));
      const interest = valid.value;
      // A visit id the host does not know (ended and purged, or forged) is dropped, not trusted.
      const visitId = interest.visitId !== null && deps.visits.exists(interest.visitId) ? interest.visitId : null;
      const stored = deps.submissions.create({
        kind: 'job_interest',
        visitId,
        staffAssisted: false,
        publicData: { jobId: job.id, jobTitle: job.title['zh-CN'], employer: job.employer['zh-CN'], disabilityShared: interest.disabilityCategory !== null },
        personalData: { name: interest.name, phone: interest.phone, idNumber: interest.idNumber, disabilityCategory: interest.disabilityCategory },
        dedupeParts: [job.id, interest.phone],
        // "Job information pushed" counts toward the resident's 12333 record (鲁就办〔2023〕13号), when we know who it is.
        ...(interest.idNumber === null ? {} : { serviceContacts: { idNumber: interest.idNumber, kinds: ['job_recommendation'] as const } }),
      });
      if (!stored.ok) {
        return err(
          kioskError('conflict', [{ path: 'phone', messageKey: 'errors.jobInterest.duplicate', params: { reference: stored.error.existingReference } }]),
        );
      }
      deps.onSubmitted();
      return ok({ submissionId: stored.value.id, reference: stored.value.reference });
    },
  };
}
