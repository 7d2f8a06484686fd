import type { ServiceRecordResponse } from '../../shared/central/lookups.js';
import type { ServiceContactKind } from '../../shared/central/serviceRecord.js';
import { serviceRecordTargets, type ProgressEntry, type StatusLookupOutput } from '../../shared/contract/subsidySchemas.js';
import type { ServiceContactSplit } from '../store/serviceContactStore.js';

type Progress = Extract<StatusLookupOutput, { kind: 'answered' }>['progress'];

/**
 * The 12333 progress a resident is shown: the central API's counts plus this kiosk's contacts not yet
 * forwarded (never counted twice: the central API has not seen those). Only staff-delivered services
 * count toward the 2/3/3/3 targets (鲁就办〔2023〕13号 item 16, "一对一"); self-service is kept apart.
 */
export function serviceRecordProgress(central: ServiceRecordResponse, unsent: ServiceContactSplit): Progress {
  const entry = (kind: ServiceContactKind): ProgressEntry => ({
    staff: central.staffDelivered[kind] + unsent.staff[kind],
    staffUnsent: unsent.staff[kind],
    selfService: central.selfService[kind] + unsent.selfService[kind],
    target: serviceRecordTargets[kind],
  });
  return {
    policy_contact: entry('policy_contact'),
    career_guidance: entry('career_guidance'),
    job_recommendation: entry('job_recommendation'),
    training_offer: entry('training_offer'),
  };
}
