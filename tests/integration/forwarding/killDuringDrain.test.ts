import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { startTestCentral } from '../../support/centralForTests.js';
import { queueSubmissions } from '../../support/queuedSubmissions.js';
import { startTestHost } from '../../support/testHost.js';
import { makeTempDir } from '../../support/tempDir.js';

const WORKER = join(projectRoot, 'tests', 'support', 'syncWorker.mjs');
const TOTAL = 2000;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Run = { outcome: 'killed' | 'drained'; pendingAtEnd: number };

/**
 * Starts the kiosk process; once it is visibly draining (the queue shrank), waits a random moment and
 * kills it with SIGKILL — or, with `killAfterMs` undefined, lets it finish.
 */
function runKiosk(dataDir: string, env: NodeJS.ProcessEnv, killAfterMs: number | undefined): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, dataDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstPending: number | undefined;
    let lastPending = Number.NaN;
    let drained = false;
    let killTimer: NodeJS.Timeout | undefined;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line === 'drained') drained = true;
        const match = /^pending (\d+)$/.exec(line);
        if (match === null) continue;
        lastPending = Number(match[1]);
        firstPending ??= lastPending;
        if (killAfterMs !== undefined && killTimer === undefined && lastPending < firstPending) {
          killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(killTimer);
      if (signal === 'SIGKILL') resolve({ outcome: 'killed', pendingAtEnd: lastPending });
      else if (code === 0 && drained) resolve({ outcome: 'drained', pendingAtEnd: 0 });
      else reject(new Error(`kiosk exited with ${code ?? signal}: ${stderr}`));
    });
  });
}

describe('a kill -9 of the kiosk during a drain', () => {
  it('ends, after restarts, with all 2,000 submissions at the server exactly once', async () => {
    // Latency after the server's commit widens the window in which a kill loses the answer.
    const central = await startTestCentral({ faults: { latencyMs: [2, 20] } });
    cleanups.push(() => central.close());
    const temp = makeTempDir('kill-drain');
    cleanups.push(() => temp.remove());

    const seeding = startTestHost({ dataDir: temp.path });
    const ids = queueSubmissions(seeding.host.db, temp.path, TOTAL);
    seeding.host.close();

    const env = {
      ...process.env,
      KIOSK_CENTRAL_URL: central.credentials.baseUrl,
      KIOSK_STATION_ID: central.credentials.stationId,
      KIOSK_STATION_SECRET: central.credentials.secret,
    };
    const runs: Run[] = [];
    for (let kill = 0; kill < 5; kill += 1) {
      const run = await runKiosk(temp.path, env, Math.floor(Math.random() * 120));
      runs.push(run);
      if (run.outcome === 'drained') break;
    }
    if (runs.at(-1)?.outcome !== 'drained') runs.push(await runKiosk(temp.path, env, undefined));

    // The kills really landed mid-drain.
    const midDrainKills = runs.filter((run) => run.outcome === 'killed' && run.pendingAtEnd > 0 && run.pendingAtEnd < TOTAL);
    expect(midDrainKills.length).toBeGreaterThanOrEqual(3);

    expect(central.server.submissionCount()).toBe(TOTAL);
    const after = startTestHost({ dataDir: temp.path });
    cleanups.push(() => after.host.close());
    const rows = z
      .array(z.object({ item_id: z.string(), state: z.string(), central_reference: z.string().nullable() }))
      .parse(after.host.db.prepare(`SELECT item_id, state, central_reference FROM outbox WHERE item_kind = 'submission'`).all());
    expect(rows.filter((row) => row.state === 'delivered')).toHaveLength(TOTAL);
    const byId = new Map(rows.map((row) => [row.item_id, row]));
    let resentAfterKill = 0;
    for (const id of ids) {
      const stored = central.server.submission(id);
      expect(stored?.outcome).toBe('accepted');
      expect(byId.get(id)?.central_reference).toBe(stored?.centralReference);
      if ((stored?.receptions ?? 0) > 1) resentAfterKill += 1;
    }
    // Some batches reached the server but their answer died with the process: sent again, stored once.
    expect(resentAfterKill).toBeGreaterThan(0);
  }, 120_000);
});
