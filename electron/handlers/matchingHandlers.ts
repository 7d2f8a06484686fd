import { MATCHES_MAX } from '../../shared/contract/matchingSchemas.js';
import { localIsoDate } from '../../shared/domain/localDate.js';
import { matchJobs } from '../../shared/matching/matchJobs.js';
import { ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { OpenJobs } from '../store/openJobs.js';

export type MatchingHandlerDeps = {
  readonly openJobs: OpenJobs;
  readonly clock: () => Date;
};

/** 精准匹配 (issue #15): the open listings that fit a job seeker's answers, best first, each with why and why not. */
export function createMatchingHandlers(deps: MatchingHandlerDeps): Pick<ChannelHandlers, 'jobs.match'> {
  return {
    'jobs.match': ({ profile }) => {
      const matches = matchJobs(deps.openJobs.all(), profile, localIsoDate(deps.clock()), MATCHES_MAX);
      return ok({ matches: matches.map(({ job, reasons, concerns }) => ({ job, reasons: [...reasons], concerns: [...concerns] })) });
    },
  };
}
