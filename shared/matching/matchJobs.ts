import type { Job } from '../catalog/job.js';
import { distanceKm } from '../geo/distance.js';
import { findDistrict } from '../geo/districts.js';
import type { JobSeekerProfile } from './jobSeekerProfile.js';
import type { MatchConcern, MatchReason } from './matchExplanation.js';

export type JobMatch = {
  readonly job: Job;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  readonly concerns: readonly MatchConcern[];
};

// How much each answer weighs. A need the workplace does not meet costs more than a preference, so a job the
// resident cannot get into never ranks above one they can.
const WEIGHT = { category: 3, place: 3, pay: 2, hours: 2, need: 4, suitable: 2 } as const;

/** Rounded to 5 km: the coordinates are district seats, so a finer number would claim more than is known. */
const roundKm = (km: number): number => Math.max(5, Math.round(km / 5) * 5);

/** Beyond this a job outside the chosen districts is called far. */
const FAR_KM = 15;

type Scored = { reasons: MatchReason[]; concerns: MatchConcern[]; score: number };

function placeFit(job: Job, profile: JobSeekerProfile, kmFromChosen: (code: string) => number, fit: Scored): boolean {
  if (profile.place === 'home_only') {
    if (!job.homeBased) return false;
    fit.reasons.push({ kind: 'home_based' });
    fit.score += WEIGHT.place;
    return true;
  }
  if (job.homeBased && profile.place === 'either') {
    fit.reasons.push({ kind: 'home_based' });
    fit.score += WEIGHT.place;
    return true;
  }
  if (profile.districtCodes.length === 0) return true;
  if (profile.districtCodes.includes(job.districtCode)) {
    fit.reasons.push({ kind: 'in_district' });
    fit.score += WEIGHT.place;
    return true;
  }
  const km = kmFromChosen(job.districtCode);
  if (km > FAR_KM) {
    fit.concerns.push({ kind: 'far', km: roundKm(km) });
    fit.score -= WEIGHT.place;
  }
  return true;
}

function payFit(job: Job, profile: JobSeekerProfile, fit: Scored): void {
  const floor = profile.payFloor;
  if (floor === null) return;
  // Only the same unit is compared: turning a day rate into a month's pay would assume working days the
  // listing does not state.
  if (job.pay.unit !== floor.unit) {
    fit.concerns.push({ kind: 'pay_unit_differs', unit: job.pay.unit });
    return;
  }
  if (job.pay.maxYuan >= floor.yuan) {
    fit.reasons.push({ kind: 'pay_meets_floor' });
    fit.score += WEIGHT.pay;
  } else {
    fit.concerns.push({ kind: 'pay_below_floor' });
    fit.score -= WEIGHT.pay;
  }
}

function hoursFit(job: Job, profile: JobSeekerProfile, fit: Scored): void {
  if (profile.hours === 'any') return;
  const fullTime = job.workType === 'full_time';
  if (profile.hours === 'flexible' && fullTime) {
    fit.concerns.push({ kind: 'full_time_only' });
    fit.score -= WEIGHT.hours;
  } else {
    fit.reasons.push({ kind: 'hours_fit' });
    fit.score += WEIGHT.hours;
  }
}

function needsFit(job: Job, profile: JobSeekerProfile, fit: Scored): void {
  const { needs } = profile;
  // A home-based job has no workplace to get into.
  const onSite = !job.homeBased;
  const need = (wanted: boolean, met: boolean, reason: MatchReason, concern: MatchConcern): void => {
    if (!wanted) return;
    if (met) {
      fit.reasons.push(reason);
      fit.score += WEIGHT.need;
    } else {
      fit.concerns.push(concern);
      fit.score -= WEIGHT.need;
    }
  };
  if (onSite) {
    need(needs.stepFree, job.accessibility.stepFree, { kind: 'step_free' }, { kind: 'steps' });
    need(needs.accessibleToilet, job.accessibility.accessibleToilet, { kind: 'accessible_toilet' }, { kind: 'no_accessible_toilet' });
  }
  need(needs.signLanguage, job.accessibility.signLanguage, { kind: 'sign_language' }, { kind: 'no_sign_language' });
  need(needs.assisted, job.workType === 'assisted', { kind: 'assisted' }, { kind: 'not_assisted' });
}

/** The score and explanation of one open job, or undefined when it is not a match at all (kind or place ruled out). */
function scoreJob(job: Job, profile: JobSeekerProfile, kmFromChosen: (code: string) => number): Scored | undefined {
  const fit: Scored = { reasons: [], concerns: [], score: 0 };
  if (profile.categories.length > 0) {
    if (!profile.categories.includes(job.category)) return undefined;
    fit.reasons.push({ kind: 'wanted_category' });
    fit.score += WEIGHT.category;
  }
  if (!placeFit(job, profile, kmFromChosen, fit)) return undefined;
  payFit(job, profile, fit);
  hoursFit(job, profile, fit);
  needsFit(job, profile, fit);
  // The category is read only when the resident consented to share it; the profile cannot carry it otherwise.
  if (profile.disability !== null && job.suitableFor.includes(profile.disability.category)) {
    fit.reasons.push({ kind: 'suitable_for_category' });
    fit.score += WEIGHT.suitable;
  }
  return fit;
}

/** Better first: higher score, then newer, then id (so equal scores always come in the same order). */
function better(a: JobMatch, b: JobMatch): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.job.postedAt !== b.job.postedAt) return a.job.postedAt > b.job.postedAt;
  return a.job.id < b.job.id;
}

/**
 * 精准匹配 (issue #15): the open jobs that fit a job seeker's answers, best first, at most `limit`, each with its
 * reasons and concerns. Pure: the same jobs, answers and day give the same list. A kind of work the resident did
 * not ask for, or a workplace when they can only work at home, is left out; every other mismatch is kept and
 * said, so the resident decides. Keeps only the best `limit` while scanning (no sort of the whole catalog).
 */
export function matchJobs(jobs: readonly Job[], profile: JobSeekerProfile, today: string, limit = 20): JobMatch[] {
  const chosen = profile.districtCodes.flatMap((code) => findDistrict(code) ?? []);
  const kmCache = new Map<string, number>();
  const kmFromChosen = (code: string): number => {
    const known = kmCache.get(code);
    if (known !== undefined) return known;
    const place = findDistrict(code);
    const km = place === undefined || chosen.length === 0 ? 0 : Math.min(...chosen.map((district) => distanceKm(district, place)));
    kmCache.set(code, km);
    return km;
  };
  const best: JobMatch[] = [];
  for (const job of jobs) {
    if (job.postedAt > today || job.expiresAt < today) continue;
    const fit = scoreJob(job, profile, kmFromChosen);
    if (fit === undefined) continue;
    const match: JobMatch = { job, score: fit.score, reasons: fit.reasons, concerns: fit.concerns };
    if (best.length === limit) {
      const last = best[best.length - 1];
      if (last === undefined || !better(match, last)) continue;
      best.pop();
    }
    // Insertion into a short sorted list: `limit` is a page of results, far smaller than the catalog.
    let at = best.length;
    while (at > 0) {
      const before = best[at - 1];
      if (before === undefined || !better(match, before)) break;
      at -= 1;
    }
    best.splice(at, 0, match);
  }
  return best;
}
