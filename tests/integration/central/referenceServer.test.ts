import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assetsDir } from '../../../electron/config/appPaths.js';
import { REPLAY_WINDOW_MS, signatureHeaders } from '../../../electron/sync/requestSignature.js';
import { CatalogResponseSchema, etagOfVersion } from '../../../shared/central/catalogPull.js';
import { CentralErrorBodySchema, HealthResponseSchema } from '../../../shared/central/common.js';
import { ApplicationStatusResponseSchema, ServiceRecordResponseSchema } from '../../../shared/central/lookups.js';
import { catalogPath, CENTRAL_PATHS, MAX_BATCH_ITEMS } from '../../../shared/central/paths.js';
import type { SubmissionKind } from '../../../shared/central/submissionKinds.js';
import { BatchResponseSchema, type SubmissionUploadItem } from '../../../shared/central/submissionUpload.js';
import type { VisitUploadItem } from '../../../shared/central/visitUpload.js';
import { idChecksumChar } from '../../../shared/domain/idNumber.js';
import type { Result } from '../../../shared/result.js';
import { versionOfText } from '../../central/catalogSource.js';
import { parseCliArgs } from '../../central/cliOptions.js';
import { NO_FAULTS, pickFault, resolveFaults } from '../../central/faultConfig.js';
import { MAX_BODY_BYTES, startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../central/referenceServer.js';
import { rawRequest, signedRequest, type HttpAnswer, type RequestFailure } from '../../central/signedRequest.js';
import { makeTempDir } from '../../support/tempDir.js';

const STATION = 'test-station';
const SECRET = 'test-secret-0123456789';
const OTHER_STATION = 'other-station';
const OTHER_SECRET = 'other-secret-0123456789';

let lastTimestamp = 0;
/** Strictly increasing, so two identical requests in one millisecond are not taken for a replay. */
function uniqueNow(): number {
  lastTimestamp = Math.max(Date.now(), lastTimestamp + 1);
  return lastTimestamp;
}

function idNumber(sequence: string): string {
  const first17 = `37010219800101${sequence}`;
  return `${first17}${idChecksumChar(first17)}`;
}

function item(overrides: Partial<SubmissionUploadItem> = {}): SubmissionUploadItem {
  return {
    id: randomUUID(),
    kind: 'job_interest',
    reference: 'J00001',
    createdAt: new Date().toISOString(),
    visitId: null,
    staffAssisted: false,
    publicData: { jobId: 'job-0001' },
    personalData: { name: '张三', phone: '13800138000', idNumber: idNumber('123') },
    ...overrides,
  };
}

function visit(): VisitUploadItem {
  return {
    id: randomUUID(),
    startedAt: '2026-01-05T09:00:00.000+08:00',
    endedAt: '2026-01-05T09:04:00.000+08:00',
    language: 'zh-CN',
    outcome: 'completed',
    staffAssisted: false,
    modes: [],
    screens: [],
    counters: { jobs_viewed: 3 },
  };
}

type Sent = { method?: string; path: string; body?: unknown; station?: string; secret?: string; timeoutMs?: number; headers?: Record<string, string> };

function send(server: ReferenceServer, sent: Sent): Promise<Result<HttpAnswer, RequestFailure>> {
  return signedRequest(server.url, {
    method: sent.method ?? (sent.body === undefined ? 'GET' : 'POST'),
    path: sent.path,
    body: sent.body === undefined ? '' : JSON.stringify(sent.body),
    stationId: sent.station ?? STATION,
    secret: sent.secret ?? SECRET,
    timestampMs: uniqueNow(),
    ...(sent.timeoutMs === undefined ? {} : { timeoutMs: sent.timeoutMs }),
    ...(sent.headers === undefined ? {} : { headers: sent.headers }),
  });
}

async function answered(promise: Promise<Result<HttpAnswer, RequestFailure>>): Promise<HttpAnswer> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected an answer, got ${result.error}`);
  return result.value;
}

function errorCode(answer: HttpAnswer): string {
  return CentralErrorBodySchema.parse(JSON.parse(answer.text)).error.code;
}

const dirs: { remove(): void }[] = [];
const servers: ReferenceServer[] = [];

async function start(options: Partial<ReferenceServerOptions> = {}): Promise<ReferenceServer> {
  const dir = makeTempDir('central-reference');
  dirs.push(dir);
  const catalogDir = join(dir.path, 'catalog');
  mkdirSync(catalogDir);
  writeFileSync(join(catalogDir, 'jobs.json'), JSON.stringify([{ id: 'job-1' }, { id: 'job-2' }]));
  const server = await startReferenceServer({
    dbPath: join(dir.path, 'central.db'),
    stations: { [STATION]: SECRET, [OTHER_STATION]: OTHER_SECRET },
    catalogDir,
    ...options,
  });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  dirs.splice(0).forEach((dir) => dir.remove());
});

describe('reference central API: submissions, exactly once', () => {
  let server: ReferenceServer;
  beforeEach(async () => {
    server = await start();
  });

  it('accepts a correctly signed batch with a fresh central reference per item', async () => {
    const items = [item(), item({ kind: 'training_signup', reference: 'T00001' })];
    const answer = await answered(send(server, { path: CENTRAL_PATHS.submissions, body: { items } }));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    const { results } = BatchResponseSchema.parse(JSON.parse(answer.text));
    expect(results.map((result) => [result.id, result.outcome])).toEqual(items.map((sent) => [sent.id, 'accepted']));
    const references = results.map((result) => (result.outcome === 'rejected' ? '' : result.centralReference));
    expect(references).toEqual([`SD-${STATION}-00000001`, `SD-${STATION}-00000002`]);
    expect(server.submissionCount()).toBe(2);
    expect(server.submission(items[0]!.id)).toEqual({
      id: items[0]!.id,
      stationId: STATION,
      kind: 'job_interest',
      reference: 'J00001',
      outcome: 'accepted',
      centralReference: references[0],
      body: items[0],
      receptions: 1,
    });
  });

  it('answers a resent batch "duplicate" with the first references and stores each id once', async () => {
    const items = [item(), item()];
    const first = BatchResponseSchema.parse(JSON.parse((await answered(send(server, { path: CENTRAL_PATHS.submissions, body: { items } }))).text));
    const fresh = item();
    // The resend carries the old items, a new one and one old item twice (a forwarder bug must not double it either).
    const again = await answered(send(server, { path: CENTRAL_PATHS.submissions, body: { items: [...items, fresh, items[0]!] } }));
    const second = BatchResponseSchema.parse(JSON.parse(again.text));
    expect(second.results.map((result) => result.outcome)).toEqual(['duplicate', 'duplicate', 'accepted', 'duplicate']);
    const referenceOf = (results: typeof first.results, id: string): string | undefined => {
      const found = results.find((result) => result.id === id);
      return found === undefined || found.outcome === 'rejected' ? undefined : found.centralReference;
    };
    expect(referenceOf(second.results, items[0]!.id)).toBe(referenceOf(first.results, items[0]!.id));
    expect(referenceOf(second.results, items[1]!.id)).toBe(referenceOf(first.results, items[1]!.id));
    expect(second.results[3]).toEqual(second.results[0]);
    expect(server.submissionCount()).toBe(3);
    expect(server.submission(items[0]!.id)?.receptions).toBe(3);
    expect(server.submission(items[1]!.id)?.receptions).toBe(2);
    expect(server.submission(fresh.id)?.receptions).toBe(1);
  });

  it('does not give one station the reference of an id another station sent', async () => {
    const shared = item();
    await answered(send(server, { path: CENTRAL_PATHS.submissions, body: { items: [shared] } }));
    const answer = await answered(
      send(server, { path: CENTRAL_PATHS.submissions, body: { items: [shared] }, station: OTHER_STATION, secret: OTHER_SECRET }),
    );
    expect(BatchResponseSchema.parse(JSON.parse(answer.text)).results[0]).toMatchObject({ outcome: 'rejected', reason: 'conflict' });
    expect(server.submission(shared.id)?.stationId).toBe(STATION);
  });

  it('stores the same answers for visits, idempotent by visit id', async () => {
    const visits = [visit(), visit()];
    const first = BatchResponseSchema.parse(JSON.parse((await answered(send(server, { path: CENTRAL_PATHS.visits, body: { items: visits } }))).text));
    expect(first.results.map((result) => result.outcome)).toEqual(['accepted', 'accepted']);
    const second = BatchResponseSchema.parse(JSON.parse((await answered(send(server, { path: CENTRAL_PATHS.visits, body: { items: visits } }))).text));
    expect(second.results).toEqual(first.results.map((result) => ({ ...result, outcome: 'duplicate' })));
    expect(server.visitCount()).toBe(2);
    expect(server.submissionCount()).toBe(0);
  });

  it('refuses a bad envelope with 400, too many items with 413, an unknown route with 404, storing nothing', async () => {
    const bad = [
      { items: [] },
      { items: [{ ...item(), id: 'not-a-uuid' }] },
      { items: [item()], extra: true },
      { items: [{ ...item(), kind: 'unknown_kind' }] },
    ];
    for (const body of bad) {
      const answer = await answered(send(server, { path: CENTRAL_PATHS.submissions, body }));
      expect([answer.status, errorCode(answer)]).toEqual([400, 'bad_request']);
    }
    const notJson = await answered(
      signedRequest(server.url, { method: 'POST', path: CENTRAL_PATHS.submissions, body: '{"items":', stationId: STATION, secret: SECRET, timestampMs: uniqueNow() }),
    );
    expect([notJson.status, errorCode(notJson)]).toEqual([400, 'bad_request']);
    const visitBad = await answered(send(server, { path: CENTRAL_PATHS.visits, body: { items: [{ ...visit(), outcome: 'lost' }] } }));
    expect(visitBad.status).toBe(400);

    const tooMany = Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => item());
    const answer = await answered(send(server, { path: CENTRAL_PATHS.submissions, body: { items: tooMany } }));
    expect([answer.status, errorCode(answer)]).toEqual([413, 'payload_too_large']);

    const unknown = await answered(send(server, { path: '/v1/nothing-here' }));
    expect([unknown.status, errorCode(unknown)]).toEqual([404, 'not_found']);
    const wrongMethod = await answered(send(server, { method: 'GET', path: CENTRAL_PATHS.submissions }));
    expect(wrongMethod.status).toBe(404);
    expect(server.submissionCount()).toBe(0);
    expect(server.visitCount()).toBe(0);
  });

  it('refuses a body over 5 MB with 413 before reading it all', async () => {
    const answer = await rawRequest(server.url, { method: 'POST', path: CENTRAL_PATHS.submissions, body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20) });
    expect(answer.ok && answer.value.status).toBe(413);
    expect(server.submissionCount()).toBe(0);
  });

  it('refuses an item the central API will never take, and refuses it the same way when resent', async () => {
    const rejecting = await start({
      rejectItem: (sent) => (sent.kind === 'status_request' ? { reason: 'closed', detail: 'status requests are answered by phone' } : null),
    });
    const refused = item({ kind: 'status_request', reference: 'Q00001' });
    for (let round = 0; round < 2; round += 1) {
      const answer = await answered(send(rejecting, { path: CENTRAL_PATHS.submissions, body: { items: [refused, item()] } }));
      const [first] = BatchResponseSchema.parse(JSON.parse(answer.text)).results;
      expect(first).toEqual({ id: refused.id, outcome: 'rejected', reason: 'closed', detail: 'status requests are answered by phone' });
    }
    expect(rejecting.submission(refused.id)).toMatchObject({ outcome: 'rejected', centralReference: null, receptions: 2 });
  });
});

describe('reference central API: signatures', () => {
  let server: ReferenceServer;
  beforeEach(async () => {
    server = await start();
  });

  const body = (): string => JSON.stringify({ items: [item()] });

  it.each([
    [
      'a tampered body',
      (text: string, headers: Record<string, string>) => ({ body: text.replace('J00001', 'J00002'), headers }),
    ],
    [
      'a tampered signature',
      (text: string, headers: Record<string, string>) => {
        const signature = headers['x-kiosk-signature'] ?? '';
        return { body: text, headers: { ...headers, 'x-kiosk-signature': `${signature.startsWith('0') ? '1' : '0'}${signature.slice(1)}` } };
      },
    ],
    ['no signature headers', (text: string) => ({ body: text, headers: {} })],
  ])('refuses %s with 401 and stores nothing', async (_name, tamper) => {
    const text = body();
    const headers = signatureHeaders(STATION, { method: 'POST', path: CENTRAL_PATHS.submissions, timestampMs: uniqueNow(), body: text }, SECRET);
    const sent = tamper(text, headers);
    const answer = await answered(rawRequest(server.url, { method: 'POST', path: CENTRAL_PATHS.submissions, ...sent }));
    expect([answer.status, errorCode(answer)]).toEqual([401, 'unauthorized']);
    expect(server.submissionCount()).toBe(0);
  });

  it('refuses an unknown station, a wrong secret and a stale timestamp with 401', async () => {
    const unknown = await answered(send(server, { path: CENTRAL_PATHS.submissions, body: { items: [item()] }, station: 'nobody', secret: SECRET }));
    const wrongSecret = await answered(send(server, { path: CENTRAL_PATHS.submissions, body: { items: [item()] }, secret: OTHER_SECRET }));
    const stale = await answered(
      signedRequest(server.url, {
        method: 'POST',
        path: CENTRAL_PATHS.submissions,
        body: body(),
        stationId: STATION,
        secret: SECRET,
        timestampMs: Date.now() - REPLAY_WINDOW_MS - 60_000,
      }),
    );
    const staleWrongSecret = await answered(
      signedRequest(server.url, { method: 'POST', path: CENTRAL_PATHS.submissions, body: body(), stationId: STATION, secret: OTHER_SECRET, timestampMs: Date.now() - REPLAY_WINDOW_MS - 60_000 }),
    );
    for (const answer of [unknown, wrongSecret, staleWrongSecret]) expect([answer.status, errorCode(answer)]).toEqual([401, 'unauthorized']);
    // Issue #17: a good signature with a stale timestamp is the station's clock, said as such, with the server's time,
    // so the kiosk can tell staff how far off it is. Only a station holding the secret learns it.
    expect([stale.status, errorCode(stale)]).toEqual([401, 'clock_skew']);
    const serverTime = CentralErrorBodySchema.parse(JSON.parse(stale.text)).error.serverTime;
    expect(Math.abs(Date.parse(serverTime ?? '') - Date.now())).toBeLessThan(5_000);
    expect(server.submissionCount()).toBe(0);
  });

  it('refuses a replayed request: the first copy counts, the second is 401 and not received again', async () => {
    const sent = item();
    const text = JSON.stringify({ items: [sent] });
    const headers = signatureHeaders(STATION, { method: 'POST', path: CENTRAL_PATHS.submissions, timestampMs: uniqueNow(), body: text }, SECRET);
    const first = await answered(rawRequest(server.url, { method: 'POST', path: CENTRAL_PATHS.submissions, body: text, headers }));
    const replay = await answered(rawRequest(server.url, { method: 'POST', path: CENTRAL_PATHS.submissions, body: text, headers }));
    expect(first.status).toBe(200);
    expect([replay.status, errorCode(replay)]).toEqual([401, 'unauthorized']);
    expect(server.submissionCount()).toBe(1);
    expect(server.submission(sent.id)?.receptions).toBe(1);
  });

  it('needs a signature for health too, and answers it with the server time', async () => {
    const unsigned = await answered(rawRequest(server.url, { method: 'GET', path: CENTRAL_PATHS.health }));
    expect(unsigned.status).toBe(401);
    const answer = await answered(send(server, { path: CENTRAL_PATHS.health }));
    expect(answer.status).toBe(200);
    const health = HealthResponseSchema.parse(JSON.parse(answer.text));
    expect(Math.abs(Date.parse(health.time) - Date.now())).toBeLessThan(5000);
    expect(server.requestLog()).toEqual([
      { method: 'GET', path: CENTRAL_PATHS.health, status: 401 },
      { method: 'GET', path: CENTRAL_PATHS.health, status: 200 },
    ]);
  });
});

describe('reference central API: injected faults', () => {
  let server: ReferenceServer;
  beforeEach(async () => {
    server = await start();
  });
  const batch = (): { path: string; body: { items: SubmissionUploadItem[] } } => ({ path: CENTRAL_PATHS.submissions, body: { items: [item()] } });

  it('picks at most one fault per draw, the rates laid end to end', () => {
    const config = resolveFaults({ errorRate: 0.25, timeoutRate: 0.25, malformedRate: 0.25, dropAfterBodyRate: 0.25 });
    expect([0, 0.3, 0.6, 0.9].map((draw) => pickFault(config, () => draw))).toEqual(['error', 'timeout', 'malformed', 'drop']);
    expect(pickFault(resolveFaults({ errorRate: 0.5 }), () => 0.5)).toBe('none');
    expect(pickFault(NO_FAULTS, () => 0)).toBe('none');
    expect(() => resolveFaults({ errorRate: 0.6, timeoutRate: 0.6 })).toThrow();
    expect(() => resolveFaults({ latencyMs: [10, 5] })).toThrow();
  });

  it('errorRate: 500 internal_error and nothing stored; the resend is then accepted', async () => {
    server.setFaults({ errorRate: 1 });
    const sent = batch();
    const answer = await answered(send(server, sent));
    expect([answer.status, errorCode(answer)]).toEqual([500, 'internal_error']);
    expect(server.submissionCount()).toBe(0);
    const health = await answered(send(server, { path: CENTRAL_PATHS.health }));
    expect(health.status).toBe(500);
    server.setFaults({});
    const retry = await answered(send(server, sent));
    expect(BatchResponseSchema.parse(JSON.parse(retry.text)).results[0]?.outcome).toBe('accepted');
  });

  it('dropAfterBodyRate: stored and committed, the client gets a socket error; the resend is a duplicate', async () => {
    server.setFaults({ dropAfterBodyRate: 1 });
    const sent = batch();
    expect(await send(server, sent)).toEqual({ ok: false, error: 'socket_error' });
    expect(server.submissionCount()).toBe(1);
    expect(server.requestLog().at(-1)).toEqual({ method: 'POST', path: CENTRAL_PATHS.submissions, status: 'dropped' });
    server.setFaults({});
    const retry = await answered(send(server, sent));
    expect(BatchResponseSchema.parse(JSON.parse(retry.text)).results[0]?.outcome).toBe('duplicate');
    expect(server.submissionCount()).toBe(1);
  });

  it('malformedRate: 200 with a body that fails the contract, alternating broken JSON and a wrong shape; items stored', async () => {
    server.setFaults({ malformedRate: 1 });
    const answers = [await answered(send(server, batch())), await answered(send(server, batch()))];
    const parsedJson: boolean[] = [];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      let value: unknown;
      try {
        value = JSON.parse(answer.text);
        parsedJson.push(true);
      } catch {
        parsedJson.push(false);
      }
      expect(BatchResponseSchema.safeParse(value).success).toBe(false);
    }
    expect(parsedJson.sort()).toEqual([false, true]);
    expect(server.submissionCount()).toBe(2);
    // The third malformed answer is broken JSON again, for health as for any route.
    const health = await answered(send(server, { path: CENTRAL_PATHS.health }));
    expect(health.status).toBe(200);
    expect(() => HealthResponseSchema.parse(JSON.parse(health.text))).toThrow();
  });

  it('timeoutRate: stored and committed, never answered, until the client gives up', async () => {
    server.setFaults({ timeoutRate: 1 });
    const startedAt = Date.now();
    expect(await send(server, { ...batch(), timeoutMs: 300 })).toEqual({ ok: false, error: 'timeout' });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
    expect(server.submissionCount()).toBe(1);
    expect(server.requestLog().at(-1)?.status).toBe('timeout');
  });

  it('close() destroys a held socket, so neither the client nor the test hangs', async () => {
    server.setFaults({ timeoutRate: 1 });
    const pending = send(server, { path: CENTRAL_PATHS.health, timeoutMs: 10_000 });
    while (server.requestLog().length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const startedAt = Date.now();
    await server.close();
    expect(await pending).toEqual({ ok: false, error: 'socket_error' });
    expect(Date.now() - startedAt).toBeLessThan(1000);
  });

  it('unauthorized: every request 401, even correctly signed ones, nothing processed', async () => {
    server.setFaults({ unauthorized: true });
    const answer = await answered(send(server, batch()));
    expect([answer.status, errorCode(answer)]).toEqual([401, 'unauthorized']);
    expect((await answered(send(server, { path: catalogPath('jobs') }))).status).toBe(401);
    expect(server.submissionCount()).toBe(0);
  });

  it('latencyMs: delays the answer by the drawn amount', async () => {
    server.setFaults({ latencyMs: [150, 150] });
    const startedAt = Date.now();
    const answer = await answered(send(server, { path: CENTRAL_PATHS.health }));
    expect(answer.status).toBe(200);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(145);
  });

  it('replays the same faults from the same seeded random', async () => {
    // mulberry32: a tiny seeded generator, enough to show the fault sequence depends only on the seed.
    const seeded = (seed: number): (() => number) => {
      let state = seed;
      return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
      };
    };
    const outcomes: string[][] = [];
    for (let run = 0; run < 2; run += 1) {
      const faulty = await start({ random: seeded(42), faults: { errorRate: 0.5 } });
      for (let i = 0; i < 12; i += 1) await send(faulty, { path: CENTRAL_PATHS.health });
      outcomes.push(faulty.requestLog().map((entry) => String(entry.status)));
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(new Set(outcomes[0])).toEqual(new Set(['200', '500']));
  });
});

describe('reference central API: catalog', () => {
  let server: ReferenceServer;
  beforeEach(async () => {
    server = await start();
  });

  it('serves a catalog file with an ETag, then 304 for a matching If-None-Match', async () => {
    const answer = await answered(send(server, { path: catalogPath('jobs') }));
    expect(answer.status).toBe(200);
    const catalog = CatalogResponseSchema.parse(JSON.parse(answer.text));
    expect(catalog).toEqual({ kind: 'jobs', version: catalog.version, items: [{ id: 'job-1' }, { id: 'job-2' }] });
    expect(catalog.version).toMatch(/^[0-9a-f]{16}$/);
    expect(answer.headers.etag).toBe(etagOfVersion(catalog.version));
    const again = await answered(send(server, { path: catalogPath('jobs'), headers: { 'if-none-match': etagOfVersion(catalog.version) } }));
    expect([again.status, again.text]).toEqual([304, '']);
    const stale = await answered(send(server, { path: catalogPath('jobs'), headers: { 'if-none-match': '"older"' } }));
    expect(stale.status).toBe(200);
  });

  it('serves what setCatalog gives, unvalidated, and 404 for a kind it has neither file nor override for', async () => {
    expect((await answered(send(server, { path: catalogPath('policies') }))).status).toBe(404);
    expect((await answered(send(server, { path: '/v1/catalog/recipes' }))).status).toBe(404);
    server.setCatalog('policies', [{ not: 'a policy' }], 'v2');
    const answer = await answered(send(server, { path: catalogPath('policies') }));
    expect(JSON.parse(answer.text)).toEqual({ kind: 'policies', version: 'v2', items: [{ not: 'a policy' }] });
    expect(answer.headers.etag).toBe('"v2"');
  });

  it('serves the shipped seed catalog by default, versioned by its content hash', async () => {
    const shipped = await start({ catalogDir: undefined });
    const answer = await answered(send(shipped, { path: catalogPath('courses') }));
    const text = readFileSync(join(assetsDir, 'catalog', 'courses.json'), 'utf8');
    const catalog = CatalogResponseSchema.parse(JSON.parse(answer.text));
    expect(catalog.version).toBe(versionOfText(text));
    expect(catalog.items).toEqual(JSON.parse(text));
  });
});

describe('reference central API: lookups', () => {
  let server: ReferenceServer;
  beforeEach(async () => {
    server = await start();
  });
  const resident = idNumber('456');
  const withKind = (kind: SubmissionKind, reference: string, publicData: SubmissionUploadItem['publicData'] = {}): SubmissionUploadItem =>
    item({ kind, reference, publicData, personalData: { name: '李四', phone: '139-0000-4321', idNumber: resident } });

  it('finds seeded applications and accepted subsidy inquiries by 身份证号 and phone last 4', async () => {
    server.seedApplication({
      idNumber: resident,
      phoneLast4: '4321',
      reference: 'HALL-2025-0001',
      policyId: 'policy-entrepreneurship',
      status: 'approved',
      submittedAt: '2025-11-01T09:00:00+08:00',
      updatedAt: '2025-12-01T09:00:00+08:00',
    });
    const inquiry = withKind('subsidy_inquiry', 'S00001', { policyId: 'policy-flexible-employment' });
    const noPolicy = withKind('subsidy_inquiry', 'S00002');
    const results = BatchResponseSchema.parse(
      JSON.parse((await answered(send(server, { path: CENTRAL_PATHS.submissions, body: { items: [inquiry, noPolicy, withKind('job_interest', 'J00009')] } }))).text),
    ).results;

    const answer = await answered(send(server, { path: CENTRAL_PATHS.applicationStatus, body: { idNumber: resident, phoneLast4: '4321' } }));
    const { applications } = ApplicationStatusResponseSchema.parse(JSON.parse(answer.text));
    expect(applications).toHaveLength(3);
    expect(applications).toContainEqual(expect.objectContaining({ reference: 'HALL-2025-0001', status: 'approved' }));
    const centralOf = (index: number): string => {
      const result = results[index];
      return result === undefined || result.outcome === 'rejected' ? '' : result.centralReference;
    };
    expect(applications).toContainEqual(
      expect.objectContaining({ reference: centralOf(0), policyId: 'policy-flexible-employment', status: 'received', submittedAt: inquiry.createdAt }),
    );
    expect(applications).toContainEqual(expect.objectContaining({ reference: centralOf(1), policyId: 'unknown' }));

    const wrongPhone = await answered(send(server, { path: CENTRAL_PATHS.applicationStatus, body: { idNumber: resident, phoneLast4: '0000' } }));
    expect(JSON.parse(wrongPhone.text)).toEqual({ applications: [] });
    const badId = await answered(send(server, { path: CENTRAL_PATHS.applicationStatus, body: { idNumber: '370102198001011234', phoneLast4: '4321' } }));
    expect([badId.status, errorCode(badId)]).toEqual([400, 'bad_request']);
  });

  it('counts 12333 services within a year: staff-assisted and staff-recorded ones and seeded contacts as staff-delivered, the rest as self-service', async () => {
    const rejecting = await start({ rejectItem: (sent) => (sent.reference === 'T00099' ? { reason: 'not_eligible', detail: 'age' } : null) });
    const longAgo = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const items = [
      withKind('job_interest', 'J00001'),
      withKind('training_signup', 'T00001'),
      { ...withKind('training_signup', 'T00002'), staffAssisted: true },
      withKind('training_signup', 'T00099'),
      withKind('subsidy_inquiry', 'S00001'),
      withKind('status_request', 'Q00001'),
      item({ kind: 'job_interest', reference: 'J00002' }),
      // A service staff recorded at the desk: staff-delivered by its kind.
      { ...withKind('service_record', 'R00001', { service: 'career_guidance' }), staffAssisted: true },
      { ...withKind('service_record', 'R00002', { service: 'lottery' }), staffAssisted: true },
      // More than a year ago: its year is over ("1年内").
      { ...withKind('job_interest', 'J00003'), staffAssisted: true, createdAt: longAgo },
    ];
    expect((await answered(send(rejecting, { path: CENTRAL_PATHS.submissions, body: { items } }))).status).toBe(200);
    rejecting.seedServiceContact({ idNumber: resident, kind: 'career_guidance' });
    rejecting.seedServiceContact({ idNumber: resident, kind: 'job_recommendation' });
    rejecting.seedServiceContact({ idNumber: resident, kind: 'policy_contact', at: longAgo });
    const answer = await answered(send(rejecting, { path: CENTRAL_PATHS.serviceRecord, body: { idNumber: resident } }));
    expect(ServiceRecordResponseSchema.parse(JSON.parse(answer.text))).toEqual({
      staffDelivered: { policy_contact: 0, career_guidance: 2, job_recommendation: 1, training_offer: 1 },
      selfService: { policy_contact: 1, career_guidance: 0, job_recommendation: 1, training_offer: 1 },
    });
    const zero = { policy_contact: 0, career_guidance: 0, job_recommendation: 0, training_offer: 0 };
    const nobody = await answered(send(rejecting, { path: CENTRAL_PATHS.serviceRecord, body: { idNumber: idNumber('789') } }));
    expect(JSON.parse(nobody.text)).toEqual({ staffDelivered: zero, selfService: zero });
  });
});

describe('npm run central: flags', () => {
  it('defaults to port 47900 and the demo station', () => {
    const parsed = parseCliArgs([], '/tmp/central.db');
    expect(parsed).toEqual({
      ok: true,
      value: { kind: 'run', options: { port: 47900, dbPath: '/tmp/central.db', stations: { 'demo-station': 'demo-secret-change-me' }, faults: NO_FAULTS } },
    });
  });

  it('reads faults and repeated stations', () => {
    const parsed = parseCliArgs(
      ['--port', '0', '--station', 'a:secret-one-1', '--station', 'b:secret:two:2', '--latency', '50-300', '--error-rate', '0.3', '--unauthorized'],
      '/tmp/central.db',
    );
    expect(parsed.ok && parsed.value.kind === 'run' ? parsed.value.options : undefined).toEqual({
      port: 0,
      dbPath: '/tmp/central.db',
      stations: { a: 'secret-one-1', b: 'secret:two:2' },
      faults: { ...NO_FAULTS, latencyMs: [50, 300], errorRate: 0.3, unauthorized: true },
    });
  });

  it.each([
    [['--port', 'eighty'], '--port'],
    [['--error-rate', '1.5'], '--error-rate'],
    [['--latency', '300-50'], '--latency'],
    [['--error-rate', '0.6', '--drop-rate', '0.6'], 'more than 1'],
    [['--station', 'no-secret'], '--station'],
    [['--station', 'bad id!:a-long-secret'], '--station'],
    [['--verbose'], '--verbose'],
  ])('refuses %j with a message naming the problem', (argv, named) => {
    const parsed = parseCliArgs(argv, '/tmp/central.db');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(named);
  });

  it('never repeats a secret in an error', () => {
    const parsed = parseCliArgs(['--station', 'ok-id:short'], '/tmp/central.db');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).not.toContain('short');
  });
});
