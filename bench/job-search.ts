// bench/job-search: job search latency over a 100,000-listing catalog (issue #4, target p95 ≤ 30 ms).
// Generates listings from the seed's own words with a fixed PRNG, loads them through replaceCatalog into
// a temp-file database opened like the kiosk opens it, runs a mixed query set, and compares with a naive
// LIKE scan over the catalog JSON. Build with `tsc -p tsconfig.node.json`, run `node dist/node/bench/job-search.js`.
import { seededRandom } from '../shared/random/seededRandom.js';
import { generateListings, readSeedJobs } from './support/benchListings.js';
import { measureJobSearch, ms } from './support/jobSearchTiming.js';

const LISTINGS = 100_000;
const TARGET_P95_MS = 30;

function main(): void {
  const random = seededRandom(20_261_122);
  const listings = generateListings(readSeedJobs(), LISTINGS, random);
  const { p50, p95, naiveP95 } = measureJobSearch(listings, random);
  console.log(
    `job-search p50 ${ms(p50)} ms, p95 ${ms(p95)} ms (target ≤ ${TARGET_P95_MS}), naive LIKE p95 ${ms(naiveP95)} ms, ` +
      `ratio ${(naiveP95 / p95).toFixed(1)}×${p95 <= TARGET_P95_MS ? '' : ' — TARGET MISSED'}`,
  );
}

main();
