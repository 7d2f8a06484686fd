import { z } from 'zod';
import { submissionKinds } from '../../shared/central/submissionKinds.js';
import { visitModes, visitOutcomes } from '../../shared/contract/appSchemas.js';
import { serviceAreas, type DailyCounts } from '../../shared/contract/staffSchemas.js';
import type { KioskDatabase } from './openDatabase.js';

const VisitRowSchema = z.object({ outcome: z.string(), staff_assisted: z.number(), modes: z.string(), screens: z.string() });
const KindRowSchema = z.object({ kind: z.string(), n: z.number(), assisted: z.number() });
const StringArraySchema = z.array(z.string());

/** The local calendar day `date` (YYYY-MM-DD) as an ISO-8601 UTC range, the form timestamps are stored in. */
export function localDayRange(date: string): { from: string; to: string } {
  const [year, month, day] = date.split('-').map(Number);
  const start = new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  const end = new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1);
  return { from: start.toISOString(), to: end.toISOString() };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * One day's anonymous statistics for the dashboard and the daily report (统计台账): visits that started
 * that day and have ended, by service, outcome and accessibility mode, and that day's submissions by
 * kind. Only counts leave this function; visits and submissions hold no names here anyway.
 */
export function readDailyCounts(db: KioskDatabase, date: string): DailyCounts {
  const { from, to } = localDayRange(date);
  const visits = z
    .array(VisitRowSchema)
    .parse(
      db
        .prepare('SELECT outcome, staff_assisted, modes, screens FROM visits WHERE started_at >= ? AND started_at < ? AND ended_at IS NOT NULL')
        .all(from, to),
    );
  const counts: DailyCounts = {
    date,
    visits: { total: visits.length, assisted: 0, byService: zeroes(serviceAreas), byOutcome: zeroes(visitOutcomes) },
    submissions: { total: 0, assisted: 0, byKind: zeroes(submissionKinds) },
    modes: zeroes(visitModes),
  };
  for (const visit of visits) {
    if (visit.staff_assisted === 1) counts.visits.assisted += 1;
    const outcome = visitOutcomes.find((known) => known === visit.outcome);
    if (outcome !== undefined) counts.visits.byOutcome[outcome] += 1;
    // Every service is entered through its own top-level screen, so that screen marks its use.
    const screens = new Set(StringArraySchema.parse(JSON.parse(visit.screens)));
    for (const service of serviceAreas) if (screens.has(service)) counts.visits.byService[service] += 1;
    const modes = new Set(StringArraySchema.parse(JSON.parse(visit.modes)));
    for (const mode of visitModes) if (modes.has(mode)) counts.modes[mode] += 1;
  }
  const kinds = z
    .array(KindRowSchema)
    .parse(
      db
        .prepare('SELECT kind, COUNT(*) AS n, SUM(staff_assisted) AS assisted FROM submissions WHERE created_at >= ? AND created_at < ? GROUP BY kind')
        .all(from, to),
    );
  for (const row of kinds) {
    counts.submissions.total += row.n;
    counts.submissions.assisted += row.assisted;
    const kind = submissionKinds.find((known) => known === row.kind);
    if (kind !== undefined) counts.submissions.byKind[kind] += row.n;
  }
  return counts;
}
