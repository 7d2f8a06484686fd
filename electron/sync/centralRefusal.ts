import { CentralErrorBodySchema } from '../../shared/central/common.js';
import type { CentralResponse } from './centralClient.js';
import { parseJsonBody } from './parseJsonBody.js';

/**
 * Why the central API refused to authenticate a request (401/403). A clock outside the replay window is the
 * station PC's clock, not its credentials (issue #17): staff are told to fix the time, and sending resumes by
 * itself once requests are accepted again. Anything else is the credentials, and sending stops until staff act.
 */
export type CentralRefusal = { readonly kind: 'unauthorized' } | { readonly kind: 'clock_skew'; readonly offsetMs: number };

/** The refusal in a 401/403 answer, or undefined for any other status. `now` is the kiosk's clock when the answer came. */
export function readRefusal(response: CentralResponse, now: Date): CentralRefusal | undefined {
  if (response.status !== 401 && response.status !== 403) return undefined;
  const body = parseJsonBody(response.body, CentralErrorBodySchema);
  if (body.ok && body.value.error.code === 'clock_skew' && body.value.error.serverTime !== undefined) {
    return { kind: 'clock_skew', offsetMs: now.getTime() - Date.parse(body.value.error.serverTime) };
  }
  return { kind: 'unauthorized' };
}
