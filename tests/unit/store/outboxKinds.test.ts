import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { createPersonalDataCipher } from '../../../electron/crypto/personalDataCipher.js';
import { migrate } from '../../../electron/store/migrate.js';
import { migrations } from '../../../electron/store/migrations/index.js';
import { prepareOutboxEnqueue } from '../../../electron/store/outboxEnqueue.js';
import { outboxKinds, type OutboxKind } from '../../../electron/store/outboxKinds.js';
import { buildOpenApiDocument } from '../../../shared/central/openApiDocument.js';
import { CENTRAL_PATHS } from '../../../shared/central/paths.js';
import { outboxItemKinds } from '../../../shared/contract/staffSchemas.js';
import { uuidv7 } from '../../../shared/ids/uuidv7.js';

// Issue #14: adding a kind of upload is one entry in electron/store/outboxKinds.ts. These tests keep the
// other places that name kinds honest about that entry, and keep per-kind code out of the forwarder.

const sourceOf = (path: string): string => readFileSync(join(projectRoot, path), 'utf8');
const registeredRoutes = outboxKinds.map((entry) => entry.route);

function migrated(): Database.Database {
  const db = new Database(':memory:');
  if (!migrate(db, migrations).ok) throw new Error('migration failed');
  return db;
}

describe('the outbox-kind registry', () => {
  it('has one route for every upload the central contract accepts, and no route the contract lacks', () => {
    const contractUploads = Object.entries(buildOpenApiDocument().paths)
      .filter(([, item]) => item.post?.tags.includes('upload') === true)
      .map(([path]) => path);
    expect(contractUploads.length).toBeGreaterThan(0);
    expect([...registeredRoutes].sort()).toEqual([...contractUploads].sort());
  });

  it('names each kind and each route once', () => {
    expect(new Set(outboxKinds.map((entry) => entry.kind)).size).toBe(outboxKinds.length);
    expect(new Set(registeredRoutes).size).toBe(outboxKinds.length);
  });

  it('lists the same kinds as the staff dashboard contract, which the renderer cannot import the registry for', () => {
    expect([...outboxItemKinds].sort()).toEqual(outboxKinds.map((entry) => entry.kind).sort());
  });

  it('drains residents\' submissions before statistics and audit entries', () => {
    expect(outboxKinds[0]?.kind).toBe('submission');
  });

  it('gives every kind a reader that reports a row that is gone as unsendable, not as an error', () => {
    const source = { db: migrated(), cipher: createPersonalDataCipher(Buffer.alloc(32, 7)) };
    for (const entry of outboxKinds) {
      const id = uuidv7();
      expect(entry.readBatch(source, [id]), entry.kind).toEqual({ items: [], unsendable: [{ itemId: id, reason: 'local:missing' }] });
    }
  });

  it('is what enqueueing checks: a registered kind is queued, any other refused before a row is written', () => {
    const db = migrated();
    const registry: readonly OutboxKind[] = outboxKinds;
    for (const { kind } of outboxKinds) prepareOutboxEnqueue(db, registry, kind)(`${kind}-1`, '2026-11-22T08:00:00.000Z');
    expect(() => prepareOutboxEnqueue(db, registry, 'parcel')).toThrow(/not in the registry/);
    expect(db.prepare('SELECT item_kind FROM outbox ORDER BY id').pluck().all()).toEqual(outboxKinds.map((entry) => entry.kind));
  });
});

describe('code outside the registry', () => {
  it('writes outbox rows only through the registry-checked enqueue (the table no longer checks kinds)', () => {
    const writers = readdirSync(join(projectRoot, 'electron'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /INSERT\s+(OR\s+\w+\s+)?INTO\s+outbox\b/i.test(sourceOf(join('electron', file))))
      .map((file) => file.split('\\').join('/'));
    expect(writers).toEqual(['store/outboxEnqueue.ts']);
  });

  it('leaves the forwarder without a kind name, an upload route or a reader of its own', () => {
    const forwarder = sourceOf('electron/sync/forwarder.ts');
    const uploadPathKeys = Object.entries(CENTRAL_PATHS)
      .filter(([, path]) => registeredRoutes.some((route) => route === path))
      .map(([key]) => key);
    for (const { kind, route } of outboxKinds) {
      expect(forwarder).not.toMatch(new RegExp(`['"\`]${kind}['"\`]`));
      expect(forwarder).not.toContain(route);
    }
    for (const key of uploadPathKeys) expect(forwarder).not.toContain(`CENTRAL_PATHS.${key}`);
    expect(forwarder).not.toMatch(/outboxReaders|UploadItems\b/);
  });
});
