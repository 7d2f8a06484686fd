import { ok } from '../../shared/result.js';
import type { EventBus } from '../events/eventBus.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { AuditLog } from '../store/auditLog.js';

type StaffCallHandlers = Pick<ChannelHandlers, 'staff.call'>;

/** A resident asked for a person: logged for the station's records and raised on the staff view. */
export function createStaffCallHandlers(deps: { audit: AuditLog; events: EventBus; clock: () => Date }): StaffCallHandlers {
  return {
    'staff.call': () => {
      const now = deps.clock();
      deps.audit.append({ actor: 'resident', action: 'staff.called' }, now);
      const calledAt = now.toISOString();
      deps.events.publish({ type: 'staffCalled', calledAt });
      return ok({ calledAt });
    },
  };
}
