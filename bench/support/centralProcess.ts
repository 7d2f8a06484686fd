import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../electron/config/appPaths.js';

// The reference central API in its own Node process, so the server's request handling and SQLite
// commits do not share an event loop (or a CPU timeline) with the client being measured.

const cliPath = join(projectRoot, 'dist', 'node', 'tests', 'central', 'cli.js');
const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;

export type CentralProcess = {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** SIGTERM, then waits for the exit: the server closes its database, so the file can be read afterwards. */
  stop(): Promise<void>;
  /** Synchronous last resort for process-exit cleanup. */
  kill(): void;
};

export function startCentralProcess(options: { dbPath: string; stationId: string; secret: string }): Promise<CentralProcess> {
  // Port 0 and the URL the server prints: no race between picking a free port and binding it.
  const child = spawn(process.execPath, [cliPath, '--port', '0', '--db', options.dbPath, '--station', `${options.stationId}:${options.secret}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(kill, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let listening = false;
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`the reference server did not start within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    // Keeps reading after startup too: the server logs a line per request, and a full pipe would stall it.
    child.stdout.on('data', (chunk: Buffer) => {
      if (listening) return;
      stdout += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1] === undefined) return;
      listening = true;
      clearTimeout(timer);
      resolve({ url: match[1], stop, kill });
    });
    child.once('exit', (code, signal) => {
      if (listening) return;
      clearTimeout(timer);
      reject(new Error(`the reference server exited before listening (${String(code ?? signal)}): ${stderr.trim()}`));
    });
  });
}
