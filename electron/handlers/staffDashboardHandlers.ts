import { localIsoDate } from '../../shared/domain/localDate.js';
import { kioskError } from '../../shared/errors.js';
import { err, ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { KioskDatabase } from '../store/openDatabase.js';
import { readDailyCounts } from '../store/dailyStatistics.js';
import { readOutboxReport } from '../store/outboxReport.js';
import type { StaffCalls } from '../store/staffCalls.js';
import { markVisitAssisted } from '../store/visitAssistance.js';
import type { SyncService } from '../sync/syncService.js';
import type { StaffGate } from '../staff/staffGate.js';

type StaffDashboardHandlers = Pick<ChannelHandlers, 'staff.dashboard' | 'staff.acknowledgeCalls' | 'staff.assist'>;

function startOfDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** The staff dashboard (issue #8): today's counts, forwarding health, resident calls; and starting an assisted visit. */
export function createStaffDashboardHandlers(deps: {
  db: KioskDatabase;
  /** Only for the audit log: the router checked the session before any handler here runs (issue #14). */
  gate: Pick<StaffGate, 'record'>;
  calls: StaffCalls;
  sync: Pick<SyncService, 'state'>;
  clock: () => Date;
}): StaffDashboardHandlers {
  const { db, gate, clock } = deps;
  return {
    // Reading is not an action, so it is not audited; the dashboard re-reads on every host event.
    'staff.dashboard': () => {
      const now = clock();
      const state = deps.sync.state();
      return ok({
        today: readDailyCounts(db, localIsoDate(now)),
        forwarding: {
          online: state.online,
          alert: state.alert,
          clockOffsetMinutes: state.clockOffsetMs === null ? null : Math.round(state.clockOffsetMs / 60_000),
          ...readOutboxReport(db),
        },
        calls: deps.calls.pending(startOfDay(now)),
      });
    },
    'staff.acknowledgeCalls': (_input, session) => {
      deps.calls.acknowledge(session, clock());
      return ok({});
    },
    'staff.assist': ({ visitId }, session) => {
      const marked = markVisitAssisted(db, visitId);
      if (marked === 'not_found') return err(kioskError('not_found', [{ path: 'visitId', messageKey: 'errors.visit.notFound' }]));
      if (marked === 'ended') return err(kioskError('conflict', [{ path: 'visitId', messageKey: 'errors.visit.alreadyEnded' }]));
      gate.record(session, 'staff.assist_started', { visit: visitId });
      return ok({});
    },
  };
}
