import type { HealthResponse } from '../../../shared/central/common.js';
import { jsonReply } from '../http/reply.js';
import type { Route } from './route.js';

/** GET /v1/health: also tells the station the server's time, so it can notice its own clock drifting. */
export function healthRoute(clock: () => Date): Route {
  return () => {
    const response: HealthResponse = { status: 'ok', time: clock().toISOString() };
    return jsonReply(200, response);
  };
}
