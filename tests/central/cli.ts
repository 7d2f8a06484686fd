// `npm run central`: the reference central API server for pilots and manual tests of the forwarder.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs, USAGE } from './cliOptions.js';
import type { FaultConfig } from './faultConfig.js';
import { startReferenceServer, type ReferenceServer } from './referenceServer.js';

function say(line: string): void {
  process.stdout.write(`[central] ${line}\n`);
}

function describeFaults(faults: FaultConfig): string {
  const active = [
    faults.latencyMs[1] > 0 ? `latency ${faults.latencyMs[0]}-${faults.latencyMs[1]} ms` : '',
    faults.errorRate > 0 ? `error ${faults.errorRate}` : '',
    faults.timeoutRate > 0 ? `timeout ${faults.timeoutRate}` : '',
    faults.malformedRate > 0 ? `malformed ${faults.malformedRate}` : '',
    faults.dropAfterBodyRate > 0 ? `drop ${faults.dropAfterBodyRate}` : '',
    faults.unauthorized ? 'unauthorized' : '',
  ].filter((text) => text !== '');
  return active.length === 0 ? 'none' : active.join(', ');
}

async function main(): Promise<void> {
  const command = parseCliArgs(process.argv.slice(2), join(tmpdir(), 'kiosk-central-reference.db'));
  if (!command.ok) {
    process.stderr.write(`[central] ${command.error}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (command.value.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { options } = command.value;
  let server: ReferenceServer;
  try {
    server = await startReferenceServer({
      port: options.port,
      dbPath: options.dbPath,
      stations: options.stations,
      faults: options.faults,
      // Method, path, status and station only: bodies carry personal data and are never logged.
      onRequest: (entry, stationId) => say(`${entry.method} ${entry.path} → ${entry.status}${stationId === null ? '' : ` (${stationId})`}`),
    });
  } catch (thrown) {
    // A busy port or an unwritable database file: tell the operator, not a stack trace.
    const code = typeof thrown === 'object' && thrown !== null && 'code' in thrown ? String(thrown.code) : '';
    const reason = code === 'EADDRINUSE' ? `port ${options.port} is already in use (try --port 0)` : thrown instanceof Error ? thrown.message : 'unknown error';
    process.stderr.write(`[central] could not start: ${reason}\n`);
    process.exit(1);
  }
  say(`reference central API listening on ${server.url}`);
  say(`stations: ${Object.keys(options.stations).join(', ')}`);
  say(`database: ${options.dbPath}`);
  say(`faults: ${describeFaults(options.faults)}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // A second Ctrl+C means "now".
      process.exit(130);
    }
    stopping = true;
    say(`${signal}: closing`);
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
