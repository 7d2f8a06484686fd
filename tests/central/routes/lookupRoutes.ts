import { ApplicationStatusRequestSchema, ServiceRecordRequestSchema } from '../../../shared/central/lookups.js';
import { jsonReply } from '../http/reply.js';
import type { LookupRecords } from '../store/lookupRecords.js';
import { parseEnvelope } from './parseEnvelope.js';
import type { Route } from './route.js';

/** POST /v1/applications/lookup */
export function applicationStatusRoute(records: LookupRecords): Route {
  return (request) => {
    const parsed = parseEnvelope(request.body, ApplicationStatusRequestSchema);
    return parsed.ok ? jsonReply(200, records.applicationStatus(parsed.value)) : parsed.error;
  };
}

/** POST /v1/service-record/lookup */
export function serviceRecordRoute(records: LookupRecords): Route {
  return (request) => {
    const parsed = parseEnvelope(request.body, ServiceRecordRequestSchema);
    return parsed.ok ? jsonReply(200, records.serviceRecord(parsed.value)) : parsed.error;
  };
}
