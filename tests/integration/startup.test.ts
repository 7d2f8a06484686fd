import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services/createKioskHost.js';
import { makeTempDir } from '../support/tempDir.js';
import { startTestHost } from '../support/testHost.js';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

describe('kiosk host start-up', () => {
  it('starts on an empty data dir: creates the database and answers calls', async () => {
    const dir = makeTempDir('kiosk-empty');
    dirs.push(dir);
    const dataDir = join(dir.path, 'nested', 'data'); // does not exist yet
    const test = startTestHost({ dataDir });
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
    const info = await test.host.router.dispatch('app.getInfo', {});
    expect(info).toMatchObject({ ok: true, value: { station: { defaultLanguage: 'zh-CN' } } });
    test.close();
  });

  it('starts again on an existing data dir and keeps what was stored', async () => {
    const dir = makeTempDir('kiosk-existing');
    dirs.push(dir);
    const first = startTestHost({ dataDir: dir.path });
    const started = await first.host.router.dispatch('visit.start', { language: 'zh-CN' });
    if (!started.ok) throw new Error('visit did not start');
    const { visitId } = started.value as { visitId: string };
    await first.host.router.dispatch('visit.recordScreen', { visitId, screen: 'jobs' });
    await first.host.router.dispatch('visit.end', { visitId, outcome: 'completed', modes: [] });
    const summaryBefore = await first.host.router.dispatch('catalog.getSummary', {});
    first.close();

    const second = startTestHost({ dataDir: dir.path });
    const row = second.host.db.prepare('SELECT screens, outcome FROM visits WHERE id = ?').get(visitId);
    expect(row).toEqual({ screens: '["jobs"]', outcome: 'completed' });
    // The visit's statistics still wait in the outbox; the status area counts residents' submissions only.
    expect(second.host.db.prepare(`SELECT state FROM outbox WHERE item_kind = 'visit' AND item_id = ?`).get(visitId)).toEqual({ state: 'pending' });
    expect(await second.host.router.dispatch('status.get', {})).toEqual({ ok: true, value: { online: null, queueDepth: 0, needsAttention: 0, syncAlert: null, storageAlert: null } });
    // The seed is not reloaded when it has not changed: same catalog, same timestamp.
    expect(await second.host.router.dispatch('catalog.getSummary', {})).toEqual(summaryBefore);
    second.close();
  });

  it('ends a visit once: the second end is a typed conflict and the outbox holds one entry', async () => {
    const test = startTestHost();
    const started = await test.host.router.dispatch('visit.start', { language: 'en' });
    if (!started.ok) throw new Error('visit did not start');
    const { visitId } = started.value as { visitId: string };
    expect(await test.host.router.dispatch('visit.end', { visitId, outcome: 'timed_out', modes: ['audio'] })).toEqual({ ok: true, value: {} });
    expect(await test.host.router.dispatch('visit.end', { visitId, outcome: 'completed', modes: [] })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: [{ path: 'visitId', messageKey: 'errors.visit.alreadyEnded' }] },
    });
    expect(test.host.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE item_id = ?`).get(visitId)).toEqual({ n: 1 });
    test.close();
  });

  it('publishes the status when a visit ends (its statistics wait in the outbox, not in the residents\' queue depth)', async () => {
    const test = startTestHost();
    const seen: unknown[] = [];
    test.host.events.subscribe((event) => seen.push(event));
    const started = await test.host.router.dispatch('visit.start', { language: 'zh-CN' });
    if (!started.ok) throw new Error('visit did not start');
    await test.host.router.dispatch('visit.end', { visitId: (started.value as { visitId: string }).visitId, outcome: 'completed', modes: [] });
    // The forwarder's own progress may publish too; the visit's end is among the events, and the latest.
    expect(seen.at(-1)).toEqual({ type: 'status', status: { online: null, queueDepth: 0, needsAttention: 0, syncAlert: null, storageAlert: null } });
    expect(test.host.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE item_kind = 'visit' AND state = 'pending'`).get()).toEqual({ n: 1 });
    test.close();
  });
});
