import type { Router } from '../../electron/router/createRouter.js';
import type { ScreenId, VisitMode } from '../../shared/contract/appSchemas.js';

export type ScriptedVisit = {
  readonly screens: readonly ScreenId[];
  readonly modes: readonly VisitMode[];
  readonly outcome: 'completed' | 'timed_out' | 'abandoned';
  /** Phones of job-interest submissions made in the visit (one submission each). */
  readonly jobInterests?: readonly string[];
};

async function call(router: Router, channel: string, payload: unknown): Promise<unknown> {
  const answer = await router.dispatch(channel, payload);
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

/** Runs whole resident visits through the real router, as the renderer would; returns their ids. */
export async function runScriptedVisits(router: Router, visits: readonly ScriptedVisit[], jobId = 'job-0002'): Promise<string[]> {
  const ids: string[] = [];
  for (const visit of visits) {
    const { visitId } = (await call(router, 'visit.start', { language: 'zh-CN' })) as { visitId: string };
    for (const screen of visit.screens) await call(router, 'visit.recordScreen', { visitId, screen });
    for (const phone of visit.jobInterests ?? []) {
      await call(router, 'jobs.registerInterest', { jobId, visitId, name: '测试居民', phone, idNumber: null, disability: null });
    }
    await call(router, 'visit.end', { visitId, outcome: visit.outcome, modes: visit.modes });
    ids.push(visitId);
  }
  return ids;
}

/** Three visits, one per service, with what the dashboard should count for them. */
export const threeVisits: readonly ScriptedVisit[] = [
  { screens: ['home', 'jobs', 'job_detail', 'job_interest'], modes: ['audio', 'large_text'], outcome: 'completed', jobInterests: ['13912340001', '13912340002'] },
  { screens: ['home', 'training', 'course_detail'], modes: ['easy_read', 'large_text'], outcome: 'timed_out' },
  { screens: ['home', 'subsidies'], modes: [], outcome: 'abandoned' },
];
