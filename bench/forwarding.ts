// bench/forwarding: how fast a kiosk drains a full outbox to the central API (issue #6). Targets: the
// drain reaches at least 50 % of the rate of a raw HTTP POST loop of the same request bodies to the
// same kind of server, and at least 1,000 submissions per second. Run with `npm run bench:forwarding`.
//
// Each run queues 10,000 job-interest submissions in a fresh kiosk (real host, real submission store,
// encrypted personal data), then measures (a) the host's own drain, from provisioning the credentials
// until the outbox is empty, and (b) the raw loop, each against a fresh reference server in a child
// process (so neither is answered "duplicate"). Three runs, with the order of (a) and (b) alternating,
// and the median counts. A missed target is reported but still exits 0: the numbers are the point.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { assetsDir } from '../electron/config/appPaths.js';
import { createPersonalDataCipher } from '../electron/crypto/personalDataCipher.js';
import { loadOrCreateKeyFile } from '../electron/crypto/personalDataKey.js';
import { createKioskHost, type KioskHost } from '../electron/services/createKioskHost.js';
import { defaultSyncTiming } from '../electron/sync/syncService.js';
import { CENTRAL_PATHS } from '../shared/central/paths.js';
import { readSubmissionBatchBodies } from './support/batchBodies.js';
import { startCentralProcess, type CentralProcess } from './support/centralProcess.js';
import { countCentralSubmissions } from './support/centralSubmissionCount.js';
import { createCountingLogger } from './support/countingLogger.js';
import { queueJobInterests } from './support/jobInterestSubmissions.js';
import { postSequentially, type StationCredentials } from './support/rawPostLoop.js';

const ITEMS = 10_000;
const BATCH_SIZE = defaultSyncTiming.batchSize;
const RUNS = 3;
const TARGET_SHARE_OF_RAW = 0.5;
const TARGET_ITEMS_PER_SECOND = 1000;
const STATION_ID = 'bench-station';
const STATION_SECRET = 'bench-station-secret-4e7a1c93b2';
/** A day: no timer tick lands inside a measurement, only the bench's own calls drive the forwarder. */
const TICK_MS = 86_400_000;
/** sendNow passes after which a drain that keeps stopping early counts as broken, not slow. */
const MAX_SEND_NOW = 20;

const root = mkdtempSync(join(tmpdir(), 'kiosk-bench-forwarding-'));
const servers = new Set<CentralProcess>();
// Also on a crash or Ctrl+C: no orphaned server process, no temp files with (fake) personal data.
process.on('exit', () => {
  for (const server of servers) server.kill();
  rmSync(root, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

type Measured = { readonly ms: number; readonly centralAccepted: number };
type RunResult = { readonly drain: Measured; readonly raw: Measured; readonly queueMs: number; readonly bodyBytes: number; readonly batches: number };

/** Runs `measure` against a fresh server; the count of what it stored is read after it stopped. */
async function againstFreshServer(dbPath: string, measure: (credentials: StationCredentials) => Promise<void>): Promise<Measured> {
  const server = await startCentralProcess({ dbPath, stationId: STATION_ID, secret: STATION_SECRET });
  servers.add(server);
  let ms: number;
  try {
    const start = performance.now();
    await measure({ baseUrl: server.url, stationId: STATION_ID, secret: STATION_SECRET });
    ms = performance.now() - start;
  } finally {
    await server.stop();
    servers.delete(server);
  }
  const stored = countCentralSubmissions(dbPath);
  if (stored.total !== ITEMS || stored.accepted !== ITEMS) {
    throw new Error(`the server stored ${stored.total} submissions (${stored.accepted} accepted), expected ${ITEMS}`);
  }
  return { ms, centralAccepted: stored.accepted };
}

/** Staff save the credentials (which starts a drain at once, as on a kiosk), then "send now" until empty. */
async function drainOutbox(host: KioskHost, credentials: StationCredentials): Promise<void> {
  const provisioned = host.sync.provision(credentials);
  if (!provisioned.ok) throw new Error(`provisioning refused: ${JSON.stringify(provisioned.error)}`);
  for (let pass = 0; host.sync.counts().pending > 0; pass += 1) {
    if (pass === MAX_SEND_NOW) throw new Error(`${host.sync.counts().pending} submissions still pending after ${MAX_SEND_NOW} sendNow passes`);
    await host.sync.sendNow();
  }
}

const OutboxStatesSchema = z.array(z.object({ state: z.string(), n: z.number().int(), referenced: z.number().int() }));

function checkOutboxDelivered(host: KioskHost): void {
  const states = OutboxStatesSchema.parse(
    host.db
      .prepare(`SELECT state, COUNT(*) AS n, COUNT(central_reference) AS referenced FROM outbox WHERE item_kind = 'submission' GROUP BY state`)
      .all(),
  );
  const delivered = states.find((row) => row.state === 'delivered');
  if (states.length !== 1 || delivered?.n !== ITEMS || delivered.referenced !== ITEMS) {
    throw new Error(`outbox after the drain: ${states.map((row) => `${row.state} ${row.n}`).join(', ')}; expected ${ITEMS} delivered`);
  }
}

async function runOnce(run: number, rawFirst: boolean): Promise<RunResult> {
  const dir = join(root, `run-${run}`);
  const dataDir = join(dir, 'kiosk');
  mkdirSync(dataDir, { recursive: true });
  const key = loadOrCreateKeyFile(dataDir);
  if (!key.ok) throw new Error(key.error.message);
  const logger = createCountingLogger();
  const created = createKioskHost({
    personalDataKey: key.value,
    dataDir,
    assetsDir,
    version: 'bench',
    logger,
    syncTiming: { tickMs: TICK_MS, batchSize: BATCH_SIZE },
  });
  if (!created.ok) throw new Error(`the kiosk host did not start: ${created.error.code}`);
  const host = created.value;
  let hostOpen = true;
  const closeHost = (): void => {
    if (hostOpen) host.close();
    hostOpen = false;
  };
  try {
    const cipher = createPersonalDataCipher(key.value);
    const queueStart = performance.now();
    queueJobInterests(host.db, cipher, ITEMS);
    const queueMs = performance.now() - queueStart;
    // Built before the drain, from the same rows: the raw loop sends exactly what the forwarder will.
    const bodies = readSubmissionBatchBodies(host.db, cipher, BATCH_SIZE, new Date());

    const measureDrain = async (): Promise<Measured> => {
      const measured = await againstFreshServer(join(dir, 'central-drain.db'), (credentials) => drainOutbox(host, credentials));
      checkOutboxDelivered(host);
      // The forwarder's own events only: the host also logs about its seed catalog and the catalog pull.
      const problems = logger.problems('sync.');
      if (problems.length > 0) throw new Error(`the drain did not go straight through: ${problems.join(', ')}`);
      // Closed now, so the catalog pull that follows a drain in the same tick never overlaps the raw loop.
      closeHost();
      return measured;
    };
    const measureRaw = (): Promise<Measured> =>
      againstFreshServer(join(dir, 'central-raw.db'), (credentials) => postSequentially(credentials, CENTRAL_PATHS.submissions, bodies));

    const raw = rawFirst ? await measureRaw() : undefined;
    const drain = await measureDrain();
    return {
      drain,
      raw: raw ?? (await measureRaw()),
      queueMs,
      bodyBytes: bodies.reduce((sum, body) => sum + body.length, 0),
      batches: bodies.length,
    };
  } finally {
    closeHost();
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const rate = (ms: number): number => ITEMS / (ms / 1000);
const perSecond = (ms: number): string => `${Math.round(rate(ms)).toLocaleString('en')}/s`;
const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  console.log(
    `forwarding: ${ITEMS.toLocaleString('en')} job-interest submissions, batches of ${BATCH_SIZE}, reference server in a child ` +
      `process on loopback; Node ${process.version}, ${availableParallelism()} CPUs`,
  );
  const results: RunResult[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const result = await runOnce(run, run % 2 === 0);
    results.push(result);
    const batches = result.batches;
    console.log(
      `  run ${run} (${run % 2 === 0 ? 'raw first' : 'drain first'}): ` +
        `drain ${seconds(result.drain.ms)} = ${perSecond(result.drain.ms)} (${(result.drain.ms / batches).toFixed(1)} ms/batch) · ` +
        `raw POST loop ${seconds(result.raw.ms)} = ${perSecond(result.raw.ms)} (${(result.raw.ms / batches).toFixed(1)} ms/batch) · ` +
        `drain/raw ${percent(result.raw.ms / result.drain.ms)}`,
    );
    console.log(
      `         setup: queued in ${seconds(result.queueMs)}; ${batches} bodies, ${(result.bodyBytes / 1e6).toFixed(2)} MB; ` +
        `checked: outbox ${ITEMS.toLocaleString('en')} delivered, servers stored ${result.drain.centralAccepted.toLocaleString('en')} + ` +
        `${result.raw.centralAccepted.toLocaleString('en')} accepted`,
    );
  }
  const drainMs = median(results.map((result) => result.drain.ms));
  const rawMs = median(results.map((result) => result.raw.ms));
  // Median of the per-run ratios: each run's pair shares one machine state, so its ratio is the fairer one.
  const share = median(results.map((result) => result.raw.ms / result.drain.ms));
  const shareMet = share >= TARGET_SHARE_OF_RAW;
  const rateMet = rate(drainMs) >= TARGET_ITEMS_PER_SECOND;
  console.log(
    `median of ${RUNS}: drain ${seconds(drainMs)} = ${perSecond(drainMs)}, raw ${seconds(rawMs)} = ${perSecond(rawMs)}, ` +
      `drain/raw ${percent(share)}`,
  );
  console.log(`  target drain ≥ ${percent(TARGET_SHARE_OF_RAW)} of the raw rate: ${shareMet ? 'PASS' : 'FAIL — TARGET MISSED'} (${percent(share)})`);
  console.log(
    `  target drain ≥ ${TARGET_ITEMS_PER_SECOND.toLocaleString('en')} submissions/s: ${rateMet ? 'PASS' : 'FAIL — TARGET MISSED'} (${perSecond(drainMs)})`,
  );
}

main().catch((thrown: unknown) => {
  process.stderr.write(`bench:forwarding failed: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
  process.exitCode = 1;
});
