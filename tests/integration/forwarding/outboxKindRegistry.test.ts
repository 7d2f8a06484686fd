import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createPersonalDataCipher } from '../../../electron/crypto/personalDataCipher.js';
import { createMemoryLogger } from '../../../electron/logging/logger.js';
import { createAuditLog } from '../../../electron/store/auditLog.js';
import { openDatabase, type KioskDatabase } from '../../../electron/store/openDatabase.js';
import { prepareOutboxEnqueue } from '../../../electron/store/outboxEnqueue.js';
import type { OutboxKind } from '../../../electron/store/outboxKinds.js';
import { inRequestedOrder, missingIds, placeholders, type BatchReader, type UploadItems } from '../../../electron/store/outboxReaders/uploadItems.js';
import { createOutboxQueue } from '../../../electron/store/outboxQueue.js';
import { createCentralClient } from '../../../electron/sync/centralClient.js';
import { createConnectivity } from '../../../electron/sync/connectivity.js';
import { createForwarder } from '../../../electron/sync/forwarder.js';
import { CENTRAL_PATHS } from '../../../shared/central/paths.js';
import type { BatchResponse } from '../../../shared/central/submissionUpload.js';
import { uuidv7 } from '../../../shared/ids/uuidv7.js';
import { ok } from '../../../shared/result.js';
import { jsonReply } from '../../central/http/reply.js';
import type { ExtraRoute } from '../../central/referenceServer.js';
import { parseEnvelope } from '../../central/routes/parseEnvelope.js';
import { startTestCentral } from '../../support/centralForTests.js';
import { makeTempDir } from '../../support/tempDir.js';

// Issue #14: the forwarder holds no per-kind code. Two kinds that exist only in this file — their own
// table, reader, routes and registry — go through the real forwarder, queue and signed client to the
// reference server, and nothing of the production registry is touched.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type ProbeKind = 'probe_first' | 'probe_second';
const PROBE_ROUTES = { probe_first: '/v1/test/probe-first/batch', probe_second: '/v1/test/probe-second/batch' } as const;
const ProbeItemSchema = z.strictObject({ id: z.uuid(), note: z.string() });
type ProbeItem = z.infer<typeof ProbeItemSchema>;
const ProbeRowSchema = z.object({ id: z.string(), note: z.string() });

/** The batch reader a new kind brings: SQL over its own table, rows that are gone reported as unsendable. */
const readProbes: BatchReader = ({ db }, ids): UploadItems<ProbeItem> => {
  const rows = z.array(ProbeRowSchema).parse(db.prepare(`SELECT id, note FROM probes WHERE id IN (${placeholders(ids.length)})`).all(...ids));
  return { items: inRequestedOrder(rows, ids).map((row) => ({ id: row.id, note: row.note })), unsendable: missingIds(rows, ids) };
};

const probeKinds: readonly OutboxKind<ProbeKind>[] = [
  { kind: 'probe_first', route: PROBE_ROUTES.probe_first, readBatch: readProbes },
  { kind: 'probe_second', route: PROBE_ROUTES.probe_second, readBatch: readProbes },
];

/** A central route for a kind the contract does not have: accepts every item and remembers it. */
function probeRoute(path: string, received: ProbeItem[]): ExtraRoute {
  return {
    method: 'POST',
    path,
    route: (request) => {
      const envelope = parseEnvelope(request.body, z.strictObject({ items: z.array(ProbeItemSchema).min(1) }));
      if (!envelope.ok) return envelope.error;
      received.push(...envelope.value.items);
      const response: BatchResponse = {
        results: envelope.value.items.map((item) => ({ id: item.id, outcome: 'accepted', centralReference: `P-${received.indexOf(item) + 1}` })),
      };
      return jsonReply(200, response);
    },
  };
}

function openKiosk(): KioskDatabase {
  const temp = makeTempDir('outbox-kind-registry');
  const opened = openDatabase(`${temp.path}/kiosk.db`);
  if (!opened.ok) throw new Error(opened.error.code);
  cleanups.push(() => {
    opened.value.close();
    temp.remove();
  });
  opened.value.exec('CREATE TABLE probes (id TEXT PRIMARY KEY, note TEXT NOT NULL)');
  return opened.value;
}

describe('a kind registered only in a test registry', () => {
  it('is forwarded by the real forwarder to its own route, in registry order, with no production kind sent', async () => {
    const received: ProbeItem[] = [];
    const central = await startTestCentral({
      extraRoutes: [probeRoute(PROBE_ROUTES.probe_first, received), probeRoute(PROBE_ROUTES.probe_second, received)],
    });
    cleanups.push(() => central.close());
    const db = openKiosk();
    const clock = (): Date => new Date();

    // Queued the way a store does it: the item and its outbox row in one transaction.
    const insertProbe = db.prepare('INSERT INTO probes (id, note) VALUES (?, ?)');
    const enqueue = { probe_first: prepareOutboxEnqueue(db, probeKinds, 'probe_first'), probe_second: prepareOutboxEnqueue(db, probeKinds, 'probe_second') };
    const queueProbe = db.transaction((kind: ProbeKind, note: string | null): string => {
      const id = uuidv7();
      if (note !== null) insertProbe.run(id, note);
      enqueue[kind](id, clock().toISOString());
      return id;
    });
    // The second kind is queued first: the registry's order, not the queue's, decides what goes first.
    const second = [queueProbe('probe_second', 's1'), queueProbe('probe_second', 's2')];
    const first = [queueProbe('probe_first', 'f1'), queueProbe('probe_first', 'f2'), queueProbe('probe_first', 'f3')];
    const gone = queueProbe('probe_first', null);
    // A production kind in the same outbox: this forwarder's registry does not list it, so it stays put.
    createAuditLog(db).append({ actor: 'system', action: 'test.marker' }, clock());

    const forwarder = createForwarder({
      kinds: probeKinds,
      db,
      cipher: createPersonalDataCipher(Buffer.alloc(32, 7)),
      queue: createOutboxQueue<ProbeKind>(db),
      client: createCentralClient({
        credentials: () => ok({ ...central.credentials, baseUrl: new URL(central.credentials.baseUrl) }),
        clock,
        timeoutMs: 5_000,
      }),
      connectivity: createConnectivity(() => undefined),
      onRefused: () => undefined,
      logger: createMemoryLogger(),
      clock,
      random: Math.random,
      batchSize: 2,
      retryPolicy: { baseMs: 10, maxMs: 80 },
      onProgress: () => undefined,
      isStopped: () => false,
    });

    expect(await forwarder.drain()).toEqual({ delivered: 5, rejected: 1, retried: 0, stoppedBy: 'empty' });
    expect(received.map((item) => item.note)).toEqual(['f1', 'f2', 'f3', 's1', 's2']);
    expect(central.server.requestLog().map((entry) => `${entry.path} ${entry.status}`)).toEqual([
      `${PROBE_ROUTES.probe_first} 200`,
      `${PROBE_ROUTES.probe_first} 200`,
      `${PROBE_ROUTES.probe_second} 200`,
    ]);

    const rows = z
      .array(z.object({ item_kind: z.string(), item_id: z.string(), state: z.string(), central_reference: z.string().nullable(), last_error: z.string().nullable() }))
      .parse(db.prepare('SELECT item_kind, item_id, state, central_reference, last_error FROM outbox ORDER BY id').all());
    const stateOf = (id: string): unknown => rows.find((row) => row.item_id === id);
    for (const id of [...first, ...second]) expect(stateOf(id)).toMatchObject({ state: 'delivered', central_reference: expect.stringMatching(/^P-\d$/) });
    expect(stateOf(gone)).toMatchObject({ state: 'rejected', last_error: 'local:missing' });
    expect(rows.filter((row) => row.item_kind === 'audit')).toEqual([expect.objectContaining({ state: 'pending' })]);
    expect(central.server.auditCount()).toBe(0);
    expect(central.server.requestLog().some((entry) => entry.path === CENTRAL_PATHS.audit)).toBe(false);
  });

  it('cannot be queued under a registry that does not list it', () => {
    const db = openKiosk();
    const firstOnly: readonly OutboxKind[] = probeKinds.filter((entry) => entry.kind === 'probe_first');
    expect(() => prepareOutboxEnqueue(db, firstOnly, 'probe_second')).toThrow(/not in the registry/);
  });
});
