import type { ServiceRecordResponse } from '../../../shared/central/lookups.js';
import {
  serviceOfSubmission,
  ServiceRecordPublicDataSchema,
  zeroServiceCounts,
  type ServiceContactKind,
} from '../../../shared/central/serviceRecord.js';
import type { SubmissionUploadItem } from '../../../shared/central/submissionUpload.js';

/** One 12333 service in the record: which, when, and whether the station's staff delivered it. */
export type ServiceEvent = { readonly service: ServiceContactKind; readonly at: string; readonly byStaff: boolean };

/**
 * The service an accepted submission stands for, if any. A service_record is staff's own entry, so it is
 * staff-delivered by its kind; any other submission is staff-delivered when it was made in a
 * staff-assisted visit, and otherwise the resident's self-service use.
 */
export function serviceEventOf(item: SubmissionUploadItem): ServiceEvent | undefined {
  if (item.kind === 'service_record') {
    const recorded = ServiceRecordPublicDataSchema.safeParse(item.publicData);
    return recorded.success ? { service: recorded.data.service, at: item.createdAt, byStaff: true } : undefined;
  }
  const service = serviceOfSubmission[item.kind];
  return service === undefined ? undefined : { service, at: item.createdAt, byStaff: item.staffAssisted };
}

/**
 * Counts the services that happened at or after `since` ("1年内", 鲁就办〔2023〕13号 item 16), staff-delivered
 * apart from self-service. Times are compared as instants: createdAt may carry any UTC offset.
 */
export function countServices(events: Iterable<ServiceEvent>, since: Date): ServiceRecordResponse {
  const record = { staffDelivered: zeroServiceCounts(), selfService: zeroServiceCounts() };
  for (const event of events) {
    if (!(Date.parse(event.at) >= since.getTime())) continue;
    record[event.byStaff ? 'staffDelivered' : 'selfService'][event.service] += 1;
  }
  return record;
}
