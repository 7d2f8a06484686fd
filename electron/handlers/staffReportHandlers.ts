import { localIsoDate } from '../../shared/domain/localDate.js';
import { ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { CentralCredentialsStore } from '../store/centralCredentialsStore.js';
import { readDailyCounts } from '../store/dailyStatistics.js';
import type { KioskDatabase } from '../store/openDatabase.js';
import type { SettingsStore } from '../store/settingsStore.js';
import type { StaffGate } from '../staff/staffGate.js';

type StaffReportHandlers = Pick<ChannelHandlers, 'staff.report' | 'staff.recordAction'>;

/**
 * The daily status report for the station's 统计台账 (issue #8): the station, the day and its counts.
 * Counts only: no names, numbers or free text of any resident, and never the central secret.
 */
export function createStaffReportHandlers(deps: {
  db: KioskDatabase;
  /** Only for the audit log: the router checked the session before any handler here runs (issue #14). */
  gate: Pick<StaffGate, 'record'>;
  settings: Pick<SettingsStore, 'stationConfig'>;
  credentials: Pick<CentralCredentialsStore, 'describe'>;
  clock: () => Date;
}): StaffReportHandlers {
  const { gate, clock } = deps;
  return {
    'staff.report': ({ date }) => {
      const now = clock();
      const station = deps.settings.stationConfig();
      return ok({
        generatedAt: now.toISOString(),
        station: { name: station.stationName, stationId: deps.credentials.describe()?.stationId ?? null, districtCode: station.districtCode },
        counts: readDailyCounts(deps.db, date ?? localIsoDate(now)),
      });
    },
    // Things staff do that happen only on screen (a test phrase, printing the report) still go in the log.
    'staff.recordAction': ({ action }, session) => {
      gate.record(session, `staff.${action}`);
      return ok({});
    },
  };
}
