import { z } from 'zod';
import { PolicySchema, type Policy } from '../../shared/catalog/policy.js';
import { appliesAtStation } from '../../shared/catalog/policyArea.js';
import { serviceRecordWindowStart } from '../../shared/central/serviceRecord.js';
import { localIsoDate } from '../../shared/domain/localDate.js';
import { kioskError } from '../../shared/errors.js';
import { validatePolicyInquiry, validateStatusLookup } from '../../shared/forms/subsidyForms.js';
import { err, ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { CatalogStore } from '../store/catalogStore.js';
import type { ServiceContactStore } from '../store/serviceContactStore.js';
import type { SubmissionStore } from '../store/submissionStore.js';
import type { VisitStore } from '../store/visitStore.js';
import type { CentralLookups } from '../sync/centralLookups.js';
import { serviceRecordProgress } from './serviceRecordProgress.js';

type SubsidyHandlers = Pick<
  ChannelHandlers,
  'policies.list' | 'subsidies.lookupStatus' | 'subsidies.requestStatus' | 'subsidies.inquire'
>;

export type SubsidyHandlerDeps = {
  readonly catalog: CatalogStore;
  readonly submissions: SubmissionStore;
  readonly visits: VisitStore;
  readonly lookups: CentralLookups;
  readonly serviceContacts: ServiceContactStore;
  /** The keyed hash of a 身份证号 the 12333 contacts are filed under. */
  readonly personKeyOf: (idNumber: string) => string;
  readonly clock: () => Date;
  /** Where the station is: a city's own policies are offered only at its stations (issue #13). */
  readonly stationDistrictCode: () => string;
  readonly onSubmitted: () => void;
};

/**
 * Policies that have started. Ended ones stay listed: a provincial plan often keeps running past its
 * document's period until a successor is issued, so the screens show the end date and send the
 * resident to staff rather than hiding a subsidy they may still get.
 */
function started(policy: Policy, today: string): boolean {
  return policy.effective.from <= today;
}

export function createSubsidyHandlers(deps: SubsidyHandlerDeps): SubsidyHandlers {
  const policiesStarted = (): Policy[] => {
    const today = localIsoDate(deps.clock());
    // The store holds only validated records; parsing again narrows the type and drops nothing in practice.
    const districtCode = deps.stationDistrictCode();
    return z
      .array(PolicySchema)
      .parse(deps.catalog.items('policies'))
      .filter((policy) => started(policy, today) && appliesAtStation(policy.area, districtCode));
  };
  const knownVisit = (visitId: string | null): string | null => (visitId !== null && deps.visits.exists(visitId) ? visitId : null);

  return {
    'policies.list': () => ok({ policies: policiesStarted() }),
    'subsidies.lookupStatus': async (input) => {
      const now = deps.clock();
      const valid = validateStatusLookup(input, now);
      if (!valid.ok) return err(kioskError('invalid_input', valid.error));
      const { idNumber, phoneLast4 } = valid.value;
      const [applications, record] = await Promise.all([
        deps.lookups.applications({ idNumber, phoneLast4 }),
        deps.lookups.serviceRecord({ idNumber }),
      ]);
      if (!applications.ok || !record.ok) return ok({ kind: 'unavailable' });
      // "1年内" (鲁就办〔2023〕13号 item 16): a rolling year ending now, the same window the central API counts.
      const unsent = deps.serviceContacts.unforwardedCounts(deps.personKeyOf(idNumber), serviceRecordWindowStart(now));
      return ok({ kind: 'answered', applications: applications.value.applications, progress: serviceRecordProgress(record.value, unsent) });
    },
    'subsidies.requestStatus': (input) => {
      const now = deps.clock();
      const valid = validateStatusLookup(input, now);
      if (!valid.ok) return err(kioskError('invalid_input', valid.error));
      const stored = deps.submissions.create({
        kind: 'status_request',
        visitId: knownVisit(valid.value.visitId),
        staffAssisted: false,
        publicData: {},
        personalData: { idNumber: valid.value.idNumber, phoneLast4: valid.value.phoneLast4 },
        // One open request per resident per day is enough for staff to follow up.
        dedupeParts: [valid.value.idNumber, localIsoDate(now)],
      });
      if (!stored.ok) {
        return err(kioskError('conflict', [{ path: 'idNumber', messageKey: 'errors.subsidies.duplicateStatusRequest', params: { reference: stored.error.existingReference } }]));
      }
      deps.onSubmitted();
      return ok({ submissionId: stored.value.id, reference: stored.value.reference });
    },
    'subsidies.inquire': (input) => {
      const now = deps.clock();
      const valid = validatePolicyInquiry(input, now);
      if (!valid.ok) return err(kioskError('invalid_input', valid.error));
      const policy = policiesStarted().find((candidate) => candidate.id === valid.value.policyId);
      if (policy === undefined) return err(kioskError('not_found', [{ path: 'policyId', messageKey: 'errors.subsidies.policyNotFound' }]));
      const inquiry = valid.value;
      const stored = deps.submissions.create({
        kind: 'subsidy_inquiry',
        visitId: knownVisit(inquiry.visitId),
        staffAssisted: false,
        publicData: { policyId: policy.id, policyTitle: policy.title['zh-CN'] },
        personalData: { name: inquiry.name, phone: inquiry.phone, idNumber: inquiry.idNumber },
        dedupeParts: [policy.id, inquiry.idNumber],
        // A call-back about a policy is a 12333 "policy contact" (鲁就办〔2023〕13号); it counts toward the
        // resident's 2/3/3/3 only when made in a staff-assisted visit (issue #13: staff-delivered services).
        serviceContacts: { idNumber: inquiry.idNumber, kinds: ['policy_contact'] },
      });
      if (!stored.ok) {
        return err(kioskError('conflict', [{ path: 'idNumber', messageKey: 'errors.subsidies.duplicateInquiry', params: { reference: stored.error.existingReference } }]));
      }
      deps.onSubmitted();
      return ok({ submissionId: stored.value.id, reference: stored.value.reference });
    },
  };
}
