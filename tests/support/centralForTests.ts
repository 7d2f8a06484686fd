import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../central/referenceServer.js';
import { makeTempDir } from './tempDir.js';

export const TEST_STATION_ID = 'JN-lixia-01';
export const TEST_STATION_SECRET = 'test-station-secret-5b8e1f0c9a';

/** The reference central API on a free loopback port, with its own SQLite file in a temp folder. */
export async function startTestCentral(
  options: Partial<Omit<ReferenceServerOptions, 'dbPath' | 'stations'>> = {},
): Promise<{ server: ReferenceServer; credentials: { baseUrl: string; stationId: string; secret: string }; close(): Promise<void> }> {
  const temp = makeTempDir('central');
  const server = await startReferenceServer({
    ...options,
    dbPath: `${temp.path}/central.db`,
    stations: { [TEST_STATION_ID]: TEST_STATION_SECRET },
  });
  return {
    server,
    credentials: { baseUrl: server.url, stationId: TEST_STATION_ID, secret: TEST_STATION_SECRET },
    async close() {
      await server.close();
      temp.remove();
    },
  };
}

/** Polls until `done()` holds, or fails with `what` after `timeoutMs`. */
export async function waitUntil(done: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Fast timing so tests see many ticks and retries in seconds rather than hours. */
export const FAST_SYNC = {
  tickMs: 40,
  requestTimeoutMs: 400,
  batchSize: 50,
  retryPolicy: { baseMs: 10, maxMs: 80 },
} as const;
