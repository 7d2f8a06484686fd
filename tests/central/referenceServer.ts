import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { assetsDir } from '../../electron/config/appPaths.js';
import { createReplayGuard, verifyRequest } from '../../electron/sync/requestSignature.js';
import type { CatalogKind } from '../../shared/catalog/catalogKinds.js';
import { createCatalogSource } from './catalogSource.js';
import { pickFault, pickLatencyMs, resolveFaults, type FaultConfig, type FaultKind } from './faultConfig.js';
import { malformedReply } from './http/malformedReply.js';
import { readRawBody } from '../../electron/browserShell/readRawBody.js';
import { errorReply, sendReply, type Reply } from './http/reply.js';
import { createRouteTable, type ExtraRoute } from './routes/routeTable.js';
import { secretLookup } from './stations.js';
import { createBatchLedger, type RejectItem, type StoredSubmission } from './store/batchLedger.js';
import { createLookupRecords, type SeededApplication, type SeededServiceContact } from './store/lookupRecords.js';
import { openCentralDatabase } from './store/openCentralDatabase.js';
import { readJobSeekerRegistrations, type JobSeekerRegistration } from './store/jobSeekerRegistrations.js';

// The reference implementation of the provincial central API contract (shared/central), for
// integration tests, benchmarks and pilots (`npm run central`). Real HTTP, real SQLite, real
// signatures, and faults on demand, so the forwarder is tested against the failures it will meet.

export type { FaultConfig } from './faultConfig.js';
export type { ExtraRoute } from './routes/routeTable.js';
export type { Route } from './routes/route.js';
export type { RejectItem, StoredSubmission, SubmissionRejection } from './store/batchLedger.js';
export type { SeededApplication, SeededServiceContact } from './store/lookupRecords.js';

/** Larger bodies are refused with 413 before the signature is checked (it would need the whole body). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export type RequestLogEntry = {
  readonly method: string;
  readonly path: string;
  /** The status sent, or what happened instead of an answer. */
  readonly status: number | 'dropped' | 'timeout';
};

export type ReferenceServerOptions = {
  /** 0 (the default) picks any free port. */
  readonly port?: number;
  /** Default 127.0.0.1: the kiosk accepts plain HTTP only to loopback. */
  readonly host?: string;
  /** The server's own SQLite file (created if missing); never a kiosk database. */
  readonly dbPath: string;
  /** stationId → shared secret. */
  readonly stations: Readonly<Record<string, string>>;
  /** Where <kind>.json files are served from; default assets/catalog. */
  readonly catalogDir?: string;
  readonly faults?: Partial<FaultConfig>;
  /** Draws for faults and latency; pass a seeded generator for reproducible runs. Default Math.random. */
  readonly random?: () => number;
  /** Signature freshness, health time and reception times. Default the system clock. */
  readonly clock?: () => Date;
  /** Refuses chosen submissions for good; default accepts every valid item. */
  readonly rejectItem?: RejectItem;
  /**
   * Routes beyond the contract, signed and faulted like the rest: lets a test forward a throwaway outbox
   * kind through the real forwarder without adding it to the contract (tests/integration/forwarding).
   */
  readonly extraRoutes?: readonly ExtraRoute[];
  /** One call per request once its fate is decided; gets no bodies, so it is safe to log. */
  readonly onRequest?: (entry: RequestLogEntry, stationId: string | null) => void;
};

export type ReferenceServer = {
  /** e.g. http://127.0.0.1:47900 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Replaces the fault configuration; unspecified fields mean no fault. Throws on out-of-range values. */
  setFaults(faults: Partial<FaultConfig>): void;
  /** Serves these items under this version instead of <catalogDir>/<kind>.json. */
  setCatalog(kind: CatalogKind, items: readonly unknown[], version: string): void;
  seedApplication(application: SeededApplication): void;
  seedServiceContact(contact: SeededServiceContact): void;
  /** Distinct submission ids stored, accepted and rejected alike. */
  submissionCount(): number;
  submission(id: string): StoredSubmission | undefined;
  /** Job-seeker registrations held, each at its highest revision (issue #15). */
  jobSeekerRegistrations(): JobSeekerRegistration[];
  visitCount(): number;
  auditCount(): number;
  requestLog(): readonly RequestLogEntry[];
  /** Stops listening, destroys every open socket (held "timeouts" included) and closes the database. */
  close(): Promise<void>;
};

const tooLargeBody = errorReply(413, 'payload_too_large', `bodies are limited to ${MAX_BODY_BYTES} bytes`);
/** Sent before the rest of the body was read: closing the connection beats draining megabytes more of it. */
const tooLargeReply: Reply = { ...tooLargeBody, headers: { ...tooLargeBody.headers, connection: 'close' } };

function pathOf(rawUrl: string): string {
  // Concatenated rather than resolved against a base, so "//x" stays a path instead of becoming a host.
  const text = `http://central.invalid${rawUrl.startsWith('/') ? '' : '/'}${rawUrl}`;
  return URL.canParse(text) ? new URL(text).pathname : '/';
}

export async function startReferenceServer(options: ReferenceServerOptions): Promise<ReferenceServer> {
  const random = options.random ?? Math.random;
  const clock = options.clock ?? ((): Date => new Date());
  const secretOf = secretLookup(options.stations);
  let faults = resolveFaults(options.faults ?? {});
  const replayGuard = createReplayGuard();
  const db = openCentralDatabase(options.dbPath);
  const ledger = createBatchLedger(db, clock);
  const records = createLookupRecords(db, clock);
  const catalog = createCatalogSource(options.catalogDir ?? join(assetsDir, 'catalog'));
  const routeFor = createRouteTable({ ledger, records, catalog, clock, rejectItem: options.rejectItem, extraRoutes: options.extraRoutes ?? [] });
  const log: RequestLogEntry[] = [];
  const latencyTimers = new Set<NodeJS.Timeout>();
  let malformedCount = 0;
  let closed = false;

  const sleep = (ms: number): Promise<void> =>
    ms <= 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(() => {
            latencyTimers.delete(timer);
            resolve();
          }, ms);
          latencyTimers.add(timer);
        });

  /** What the server decides to answer, before faults touch delivery. Processing (and commit) happens here. */
  async function decide(request: IncomingMessage, path: string, body: Buffer, fault: FaultKind): Promise<{ reply: Reply; stationId: string | null }> {
    if (faults.unauthorized) return { reply: errorReply(401, 'unauthorized', 'station not authorized (injected fault)'), stationId: null };
    if (fault === 'error') return { reply: errorReply(500, 'internal_error', 'internal error (injected fault)'), stationId: null };
    const method = request.method ?? 'GET';
    const verified = verifyRequest({ method, path, headers: request.headers, body }, secretOf, clock().getTime(), replayGuard);
    if (!verified.ok && verified.error === 'stale') {
      return { reply: errorReply(401, 'clock_skew', 'signature timestamp outside the replay window', { serverTime: clock().toISOString() }), stationId: null };
    }
    if (!verified.ok) return { reply: errorReply(401, 'unauthorized', `request refused: ${verified.error}`), stationId: null };
    const stationId = verified.value;
    const route = routeFor(method, path);
    if (route === undefined) return { reply: errorReply(404, 'not_found', `no route ${method} ${path}`), stationId };
    return { reply: await route({ stationId, headers: request.headers, body }), stationId };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const path = pathOf(request.url ?? '/');
    // The single draw that decides this request's fault, taken before anything else can consume draws.
    const fault = pickFault(faults, random);
    const body = await readRawBody(request, MAX_BODY_BYTES);
    if (!body.ok && body.error === 'aborted') return;
    if (closed) {
      response.destroy();
      return;
    }
    const { reply, stationId } = body.ok
      ? await decide(request, path, body.value, fault)
      : { reply: tooLargeReply, stationId: null };
    await sleep(pickLatencyMs(faults, random));
    // An injected error has already become the reply; the other faults change how the reply is delivered.
    deliver(response, { method, path }, reply, fault === 'error' ? 'none' : fault, stationId);
  }

  function deliver(
    response: ServerResponse,
    request: Omit<RequestLogEntry, 'status'>,
    reply: Reply,
    fault: Exclude<FaultKind, 'error'>,
    stationId: string | null,
  ): void {
    const record = (status: RequestLogEntry['status']): void => {
      const entry: RequestLogEntry = { ...request, status };
      log.push(entry);
      options.onRequest?.(entry, stationId);
    };
    switch (fault) {
      case 'timeout':
        // Hold the socket: the client's own timeout or close() ends it.
        record('timeout');
        return;
      case 'drop':
        record('dropped');
        response.destroy();
        return;
      case 'malformed':
        malformedCount += 1;
        record(200);
        sendReply(response, malformedReply(malformedCount));
        return;
      case 'none':
        record(reply.status);
        sendReply(response, reply);
        return;
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((thrown: unknown) => {
      // A thrown error is a bug in this server: answer 500 and say so on stderr (never with bodies).
      process.stderr.write(`[central] internal error: ${thrown instanceof Error ? thrown.message : 'unknown'}\n`);
      sendReply(response, errorReply(500, 'internal_error', 'internal error'));
    });
  });

  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (thrown) {
    db.close();
    throw thrown;
  }
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      closed = true;
      for (const timer of latencyTimers) clearTimeout(timer);
      latencyTimers.clear();
      server.close(() => {
        db.close();
        resolve();
      });
      // Held "timeout" answers and keep-alive sockets would otherwise keep close() (and the tests) waiting.
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    setFaults: (next) => {
      faults = resolveFaults(next);
    },
    setCatalog: (kind, items, version) => catalog.set(kind, items, version),
    seedApplication: (application) => records.seedApplication(application),
    seedServiceContact: (contact) => records.seedServiceContact(contact),
    submissionCount: () => ledger.submissionCount(),
    submission: (id) => ledger.submission(id),
    jobSeekerRegistrations: () => readJobSeekerRegistrations(db),
    visitCount: () => ledger.visitCount(),
    auditCount: () => ledger.auditCount(),
    requestLog: () => [...log],
    close,
  };
}
