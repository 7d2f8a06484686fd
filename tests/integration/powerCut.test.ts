import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../electron/config/appPaths.js';
import { DATABASE_FILE } from '../../electron/services/createKioskHost.js';
import { openDatabase } from '../../electron/store/openDatabase.js';
import { makeTempDir } from '../support/tempDir.js';

const worker = join(projectRoot, 'tests', 'support', 'signupWorker.mjs');
const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

/** Runs the worker until it has stored at least `minimum` sign-ups plus a random extra delay, then SIGKILLs it. */
function runAndKill(dataDir: string, minimum: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stored = 0;
    let errors = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stored += (chunk.toString('utf8').match(/^ok /gm) ?? []).length;
      if (!armed && stored >= minimum) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(stored) : reject(new Error(`worker stopped by itself: ${errors}`))));
  });
}

// Kiosks lose power: a kill -9 at any moment must leave every sign-up together with its outbox entry,
// its visit counter and its 12333 contact, or none of them (issue #5; DESIGN.md "Data").
describe('power cut during sign-ups', () => {
  it('needs the compiled host (npm test builds it first)', () => {
    expect(existsSync(join(projectRoot, 'dist', 'node', 'electron', 'services', 'createKioskHost.js'))).toBe(true);
  });

  it.each([0, 7, 23])('kill -9 at a random point (+%i ms), reopen: submission, outbox and visit statistics agree', async (extraMs) => {
    const dir = makeTempDir('kiosk-powercut');
    dirs.push(dir);
    const acknowledged = await runAndKill(dir.path, 20, extraMs + Math.floor(Math.random() * 15));

    const opened = openDatabase(join(dir.path, DATABASE_FILE));
    if (!opened.ok) throw new Error(opened.error.code);
    const db = opened.value;
    const submissions = (db.prepare(`SELECT COUNT(*) AS n FROM submissions WHERE kind = 'training_signup'`).get() as { n: number }).n;
    // Every answer the resident saw ("ok") is on disk: synchronous=FULL and one transaction per sign-up.
    expect(submissions).toBeGreaterThanOrEqual(acknowledged);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM submissions s LEFT JOIN outbox o ON o.item_id = s.id WHERE o.id IS NULL`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM outbox o LEFT JOIN submissions s ON s.id = o.item_id WHERE o.item_kind = 'submission' AND s.id IS NULL`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM service_contacts`).get()).toEqual({ n: submissions });
    const mismatched = db
      .prepare(
        `SELECT v.id FROM visits v
         WHERE coalesce(json_extract(v.counters, '$.training_signup'), 0) != (SELECT COUNT(*) FROM submissions s WHERE s.visit_id = v.id)`,
      )
      .all();
    expect(mismatched).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
