// Child process for the kill -9 test: a real kiosk host (compiled, real SQLite file) whose forwarder
// drains the outbox to the central API given in KIOSK_CENTRAL_URL / KIOSK_STATION_ID /
// KIOSK_STATION_SECRET. Prints "pending N" as it goes and "drained" when the outbox is empty.
// Usage: node syncWorker.mjs <dataDir>
import { createKioskHost } from '../../dist/node/electron/services/createKioskHost.js';
import { loadOrCreateKeyFile } from '../../dist/node/electron/crypto/personalDataKey.js';
import { takeCentralFromEnv } from '../../dist/node/electron/config/centralFromEnv.js';
import { assetsDir } from '../../dist/node/electron/config/appPaths.js';

const dataDir = process.argv[2];
const key = loadOrCreateKeyFile(dataDir);
if (!key.ok) throw new Error(key.error.message);
const central = takeCentralFromEnv(process.env);
if (central === undefined) throw new Error('KIOSK_CENTRAL_* not set');
const silent = { info() {}, warn() {}, error() {} };
const host = createKioskHost({
  dataDir,
  assetsDir,
  version: 'kill-test',
  logger: silent,
  personalDataKey: key.value,
  central,
  syncTiming: { tickMs: 20, requestTimeoutMs: 2_000, batchSize: 25, retryPolicy: { baseMs: 10, maxMs: 50 } },
});
if (!host.ok) throw new Error(host.error.code);

// The host's own timer drives the drain, exactly as in a station; this only watches.
const watch = setInterval(() => {
  const { pending } = host.value.sync.counts();
  process.stdout.write(`pending ${pending}\n`);
  if (pending === 0) {
    clearInterval(watch);
    process.stdout.write('drained\n');
    host.value.close();
  }
}, 15);
