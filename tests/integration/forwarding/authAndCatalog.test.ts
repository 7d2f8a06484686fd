import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetsDir } from '../../../electron/config/appPaths.js';
import { channelNames, channels } from '../../../shared/contract/channels.js';
import { CatalogSummarySchema } from '../../../shared/contract/appSchemas.js';
import { JobSearchOutputSchema } from '../../../shared/contract/jobSchemas.js';
import type { KioskHost } from '../../../electron/services/createKioskHost.js';
import type { ReferenceServer } from '../../central/referenceServer.js';
import { CENTRAL_PATHS } from '../../../shared/central/paths.js';
import { signedRequest } from '../../central/signedRequest.js';
import { FAST_SYNC, startTestCentral, waitUntil, TEST_STATION_ID, TEST_STATION_SECRET } from '../../support/centralForTests.js';
import { queueSubmissions } from '../../support/queuedSubmissions.js';
import { startTestHost } from '../../support/testHost.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const SLOW_TICKS = { ...FAST_SYNC, tickMs: 60_000 };
async function catalogSummary(host: KioskHost) {
  const answer = await host.router.dispatch('catalog.getSummary', {});
  if (!answer.ok) throw new Error('no summary');
  return CatalogSummarySchema.parse(answer.value).kinds;
}
/** Provisioning starts a tick, which pulls all three kinds once; tests start from after that pull. */
async function provisionAndAwaitFirstPull(host: KioskHost, server: ReferenceServer, credentials: { baseUrl: string; stationId: string; secret: string }) {
  host.sync.provision(credentials);
  await waitUntil(() => server.requestLog().filter((entry) => entry.path.startsWith('/v1/catalog/')).length >= 3, 'the first catalog pull');
}
const seedJobs = (): { id: string }[] => JSON.parse(readFileSync(join(assetsDir, 'catalog', 'jobs.json'), 'utf8')) as { id: string }[];

describe('station credentials', () => {
  it('401 stops the drain, raises a staff alert, and nothing is counted against the items', async () => {
    const central = await startTestCentral();
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: { ...FAST_SYNC, tickMs: 30 } });
    cleanups.push(() => kiosk.close());
    queueSubmissions(kiosk.host.db, kiosk.dataDir, 120);
    const seen: unknown[] = [];
    kiosk.host.events.subscribe((event) => seen.push(event));

    // A secret the server does not know: every request is refused with 401.
    const wrongSecret = 'not-the-secret-the-server-holds';
    expect(kiosk.host.sync.provision({ ...central.credentials, secret: wrongSecret }).ok).toBe(true);
    const report = await kiosk.host.sync.sendNow();
    expect(report.stoppedBy).toBe('unauthorized');

    const uploadsRefused = (): number => central.server.requestLog().filter((entry) => entry.status === 401).length;
    // At most the batches already in flight (two) and a catalog pull already under way are refused.
    const refusedAtStop = uploadsRefused();
    expect(refusedAtStop).toBeGreaterThanOrEqual(1);
    expect(refusedAtStop).toBeLessThanOrEqual(3);
    // Ticks keep coming (every 30 ms) but send nothing until staff act.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(uploadsRefused()).toBe(refusedAtStop);
    expect(central.server.submissionCount()).toBe(0);

    expect(await kiosk.host.router.dispatch('status.get', {})).toMatchObject({ ok: true, value: { syncAlert: 'unauthorized', queueDepth: 120 } });
    expect(seen).toContainEqual({ type: 'status', status: expect.objectContaining({ syncAlert: 'unauthorized' }) });
    expect(kiosk.host.db.prepare(`SELECT action FROM audit_log WHERE action = 'sync.unauthorized'`).all()).toHaveLength(1);
    expect(kiosk.host.db.prepare(`SELECT MAX(attempts) AS attempts FROM outbox`).get()).toEqual({ attempts: 0 });

    // Staff enter the right secret: the alert clears and everything goes.
    expect(kiosk.host.sync.provision(central.credentials).ok).toBe(true);
    const after = await kiosk.host.sync.sendNow();
    expect(after.stoppedBy).toBe('empty');
    expect(central.server.submissionCount()).toBe(120);
    expect(kiosk.host.sync.state()).toEqual({ online: true, alert: null, clockOffsetMs: null });
  });

  it('the secret appears in no log line, no stored setting and no channel the renderer can call', async () => {
    const central = await startTestCentral({ faults: { errorRate: 0.5 } });
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: FAST_SYNC });
    cleanups.push(() => kiosk.close());
    queueSubmissions(kiosk.host.db, kiosk.dataDir, 10);
    kiosk.host.sync.provision(central.credentials);
    await kiosk.host.sync.sendNow();
    central.server.setFaults({ unauthorized: true });
    await kiosk.host.sync.sendNow();

    expect(JSON.stringify(kiosk.logger.lines)).not.toContain(TEST_STATION_SECRET);
    expect(JSON.stringify(kiosk.host.db.prepare('SELECT * FROM settings').all())).not.toContain(TEST_STATION_SECRET);
    expect(JSON.stringify(kiosk.host.db.prepare('SELECT * FROM audit_log').all())).not.toContain(TEST_STATION_SECRET);
    // Every channel that takes no input, i.e. everything the renderer can read without knowing an id
    // (the ID card reader is left out: it waits 10 s for a card and returns only what a card holds).
    const readable = channelNames.filter((channel) => channel !== 'idCard.read' && channels[channel].input.safeParse({}).success);
    expect(readable).toEqual(expect.arrayContaining(['app.getInfo', 'status.get', 'catalog.getSummary', 'staff.status']));
    for (const channel of readable) {
      const answer = await kiosk.host.router.dispatch(channel, {});
      expect(JSON.stringify(answer)).not.toContain(TEST_STATION_SECRET);
    }
  });

  it('a request signed with a tampered signature or body is refused by the server', async () => {
    const central = await startTestCentral();
    cleanups.push(() => central.close());
    const body = JSON.stringify({ items: [] });
    const honest = await signedRequest(central.server.url, { method: 'GET', path: CENTRAL_PATHS.health, stationId: TEST_STATION_ID, secret: TEST_STATION_SECRET });
    expect(honest.ok && honest.value.status).toBe(200);
    const tampered = await signedRequest(central.server.url, {
      method: 'POST',
      path: CENTRAL_PATHS.submissions,
      stationId: TEST_STATION_ID,
      secret: `${TEST_STATION_SECRET}x`,
      body,
    });
    expect(tampered.ok && tampered.value.status).toBe(401);
    expect(central.server.submissionCount()).toBe(0);
  });
});

describe('catalog refresh', () => {
  it('replaces the seed with a valid central catalog, then answers 304 with the ETag', async () => {
    const central = await startTestCentral();
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: SLOW_TICKS });
    cleanups.push(() => kiosk.close());
    const jobs = seedJobs().slice(0, 40);
    central.server.setCatalog('jobs', jobs, '2026-11-22.1');
    await provisionAndAwaitFirstPull(kiosk.host, central.server, central.credentials);

    expect((await catalogSummary(kiosk.host)).find((kind) => kind.kind === 'jobs')).toMatchObject({ count: 40, source: 'central' });
    // Search sees the new catalog (the index is rebuilt in the same transaction).
    const found = await kiosk.host.router.dispatch('jobs.search', {
      text: '', districtCode: null, workType: null, suitableFor: null, homeBased: null, payFloorMonthlyYuan: null, sort: 'newest', page: 0, pageSize: 20,
    });
    if (!found.ok) throw new Error('search failed');
    const page = JobSearchOutputSchema.parse(found.value);
    const pulled = new Set(jobs.map((job) => job.id));
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThanOrEqual(40);
    expect(page.jobs.every((job) => pulled.has(job.id))).toBe(true);

    expect((await kiosk.host.sync.refreshCatalog()).jobs).toBe('unchanged');
    const conditional = central.server.requestLog().filter((entry) => entry.path === '/v1/catalog/jobs');
    expect(conditional.map((entry) => entry.status)).toEqual([200, 304]);
  });

  it('a catalog with one invalid record keeps the previous catalog, whole', async () => {
    const central = await startTestCentral();
    cleanups.push(() => central.close());
    const kiosk = startTestHost({ syncTiming: SLOW_TICKS });
    cleanups.push(() => kiosk.close());
    await provisionAndAwaitFirstPull(kiosk.host, central.server, central.credentials);
    const before = await catalogSummary(kiosk.host);
    expect(before.find((kind) => kind.kind === 'jobs')?.source).toBe('central');

    const jobs = seedJobs();
    const broken = [...jobs.slice(0, 10), { ...jobs[10], title: null }, ...jobs.slice(11, 30)];
    central.server.setCatalog('jobs', broken, 'broken-1');
    expect((await kiosk.host.sync.refreshCatalog()).jobs).toBe('invalid');
    central.server.setCatalog('jobs', [jobs[0], jobs[0]], 'dupes-1');
    expect((await kiosk.host.sync.refreshCatalog()).jobs).toBe('invalid');

    // Jobs untouched (count, source and time); the other kinds were merely re-confirmed (304).
    const jobsOf = (kinds: Awaited<ReturnType<typeof catalogSummary>>) => kinds.find((kind) => kind.kind === 'jobs');
    expect(jobsOf(await catalogSummary(kiosk.host))).toEqual(jobsOf(before));
    expect(jobsOf(before)?.count).toBe(seedJobs().length);
    expect(kiosk.logger.lines.filter((line) => line.event === 'catalog.refresh_invalid')).toHaveLength(2);
  });
});
