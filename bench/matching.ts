// bench/matching: 精准匹配 over a 100,000-listing catalog (issue #15, target p95 ≤ 50 ms to rank every open job
// for one job seeker and keep the best 20). The listings are the job-search bench's (same seed, same PRNG), and
// the job-search p95 is measured on them and printed beside, so the two numbers compare like for like.
// Run with `npm run bench:matching`.
import { disabilityCategories } from '../shared/catalog/disability.js';
import { jobCategories } from '../shared/catalog/job.js';
import { districts } from '../shared/geo/districts.js';
import type { JobSeekerProfile } from '../shared/matching/jobSeekerProfile.js';
import { matchJobs } from '../shared/matching/matchJobs.js';
import { seededRandom } from '../shared/random/seededRandom.js';
import { BENCH_TODAY, generateListings, percentile, pick, readSeedJobs, type Random } from './support/benchListings.js';
import { measureJobSearch, ms } from './support/jobSearchTiming.js';

const LISTINGS = 100_000;
const PROFILES = 200;
const WARM_UP = 20;
const TARGET_P95_MS = 50;

/** Job seekers as a station meets them: a few kinds of work, one or two districts, some with needs and a pay floor. */
function generateProfiles(random: Random): JobSeekerProfile[] {
  return Array.from({ length: PROFILES }, () => {
    const kinds = random() < 0.2 ? [] : Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, jobCategories));
    const places = random() < 0.15 ? [] : Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(random, districts).code);
    return {
      categories: [...new Set(kinds)],
      districtCodes: [...new Set(places)],
      place: pick(random, ['home_only', 'workplace', 'either', 'either'] as const),
      hours: pick(random, ['full_time', 'flexible', 'any'] as const),
      payFloor: random() < 0.5 ? null : { yuan: pick(random, [1800, 2200, 2600, 3000]), unit: 'month' },
      needs: { stepFree: random() < 0.3, accessibleToilet: random() < 0.2, signLanguage: random() < 0.1, assisted: random() < 0.15 },
      disability: random() < 0.5 ? null : { consent: true, category: pick(random, disabilityCategories) },
    };
  });
}

function main(): void {
  const random = seededRandom(20_261_122);
  const listings = generateListings(readSeedJobs(), LISTINGS, random);
  const profiles = generateProfiles(seededRandom(15));
  for (const profile of profiles.slice(0, WARM_UP)) matchJobs(listings, profile, BENCH_TODAY);
  const timings: number[] = [];
  let shown = 0;
  for (const profile of profiles) {
    const start = performance.now();
    shown += matchJobs(listings, profile, BENCH_TODAY).length;
    timings.push(performance.now() - start);
  }
  console.log(`matching: ${PROFILES} job seekers against ${LISTINGS.toLocaleString('en')} listings, ${(shown / PROFILES).toFixed(1)} matches shown on average`);
  const search = measureJobSearch(listings, random);
  const p95 = percentile(timings, 95);
  console.log(
    `matching p50 ${ms(percentile(timings, 50))} ms, p95 ${ms(p95)} ms (target ≤ ${TARGET_P95_MS})${p95 <= TARGET_P95_MS ? '' : ' — TARGET MISSED'}; ` +
      `job-search on the same listings p50 ${ms(search.p50)} ms, p95 ${ms(search.p95)} ms`,
  );
}

main();
