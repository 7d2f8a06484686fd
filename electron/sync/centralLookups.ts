import type { z } from 'zod';
import {
  ApplicationStatusResponseSchema,
  ServiceRecordResponseSchema,
  type ApplicationStatusRequest,
  type ApplicationStatusResponse,
  type ServiceRecordRequest,
  type ServiceRecordResponse,
} from '../../shared/central/lookups.js';
import { CENTRAL_PATHS } from '../../shared/central/paths.js';
import { err, ok, type Result } from '../../shared/result.js';
import { readRefusal, type CentralRefusal } from './centralRefusal.js';
import type { CentralClient } from './centralClient.js';
import type { Connectivity } from './connectivity.js';
import { parseJsonBody } from './parseJsonBody.js';

export type CentralLookups = {
  applications(request: ApplicationStatusRequest): Promise<Result<ApplicationStatusResponse, 'unavailable'>>;
  serviceRecord(request: ServiceRecordRequest): Promise<Result<ServiceRecordResponse, 'unavailable'>>;
};

/** A resident is waiting at the screen: give up after this and offer a stored request instead. */
export const LOOKUP_TIMEOUT_MS = 8_000;

/**
 * Interactive lookups (issue #7). Any failure — offline, slow, 5xx, garbage, credentials — is the same
 * to the resident: "cannot check right now", so it collapses into 'unavailable'.
 */
export function createCentralLookups(options: {
  client: CentralClient;
  connectivity: Connectivity;
  onRefused: (route: string, refusal: CentralRefusal) => void;
  clock: () => Date;
}): CentralLookups {
  const post = async <S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<Result<z.infer<S>, 'unavailable'>> => {
    const response = await options.client.send({ method: 'POST', path, body, timeoutMs: LOOKUP_TIMEOUT_MS });
    if (!response.ok) {
      if (response.error.kind === 'network' || response.error.kind === 'timeout') options.connectivity.reachable(false);
      return err('unavailable');
    }
    const refusal = readRefusal(response.value, options.clock());
    if (refusal !== undefined) {
      options.onRefused(path, refusal);
      return err('unavailable');
    }
    if (response.value.status !== 200) return err('unavailable');
    const parsed = parseJsonBody(response.value.body, schema);
    if (!parsed.ok) return err('unavailable');
    options.connectivity.reachable(true);
    return ok(parsed.value);
  };
  return {
    applications: (request) => post(CENTRAL_PATHS.applicationStatus, request, ApplicationStatusResponseSchema),
    serviceRecord: (request) => post(CENTRAL_PATHS.serviceRecord, request, ServiceRecordResponseSchema),
  };
}
