import { localIsoDate } from '../../shared/domain/localDate.js';
import { kioskError } from '../../shared/errors.js';
import { checkIdNumber } from '../../shared/forms/personalFields.js';
import { err, ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { SubmissionStore } from '../store/submissionStore.js';
import type { StaffGate } from '../staff/staffGate.js';

type StaffServiceHandlers = Pick<ChannelHandlers, 'staff.recordService'>;

/**
 * Staff record a 12333 service they delivered outside any form (鲁就办〔2023〕13号 item 16: the station
 * delivers it 一对一). It is a service_record submission, so it is stored with its outbox entry and its
 * 12333 contact in one transaction and forwarded like any other submission; the central API counts it.
 */
export function createStaffServiceHandlers(deps: {
  /** Only for the audit log: the router checked the session before the handler runs (issue #14). */
  gate: Pick<StaffGate, 'record'>;
  submissions: SubmissionStore;
  clock: () => Date;
  onSubmitted: () => void;
}): StaffServiceHandlers {
  return {
    'staff.recordService': ({ idNumber, service }, session) => {
      const now = deps.clock();
      const id = checkIdNumber(idNumber, now);
      if (!id.ok) return err(kioskError('invalid_input', [id.error]));
      const resident = id.value.value;
      const stored = deps.submissions.create({
        kind: 'service_record',
        visitId: null,
        staffAssisted: true,
        publicData: { service },
        personalData: { idNumber: resident },
        // The same service for the same resident twice in a day is a double tap, not a second service.
        dedupeParts: [resident, service, localIsoDate(now)],
        serviceContacts: { idNumber: resident, kinds: [service] },
      });
      if (!stored.ok) {
        return err(kioskError('conflict', [{ path: 'idNumber', messageKey: 'staff.errors.serviceAlreadyRecorded', params: { reference: stored.error.existingReference } }]));
      }
      // The reference and the kind of service, never the 身份证号: the audit log holds no personal data.
      deps.gate.record(session, 'staff.service_recorded', { service, reference: stored.value.reference });
      deps.onSubmitted();
      return ok({ submissionId: stored.value.id, reference: stored.value.reference });
    },
  };
}
