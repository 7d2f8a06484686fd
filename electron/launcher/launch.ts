// `npm start`: the Electron kiosk when its binary is installed, otherwise the browser shell opened in
// system Chromium's app/kiosk mode. Plain Node only: this file must run where Electron cannot.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { hasFlag, readFlag, resolveDataDir } from '../config/dataDir.js';
import { takeCentralFromEnv } from '../config/centralFromEnv.js';
import { projectRoot } from '../config/appPaths.js';
import { startBrowserShell, type RunningBrowserShell } from '../browserShell/startBrowserShell.js';
import { createConsoleLogger } from '../logging/logger.js';
import { createBackoff } from '../shell/restartBackoff.js';
import { findChromium, hasDisplay, kioskBrowserArgs } from './findChromium.js';
import { findElectronBinary } from './findElectron.js';

const DEFAULT_PORT = 47800;
const args = process.argv.slice(2);
const env = process.env;

function say(line: string): void {
  process.stdout.write(`[kiosk] ${line}\n`);
}

async function main(): Promise<void> {
  const forceBrowser = hasFlag(args, 'browser-shell');
  const electron = forceBrowser ? undefined : findElectronBinary();
  if (electron?.ok === true) {
    say(`starting Electron: ${electron.value}`);
    const child = spawn(electron.value, [projectRoot, ...args], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  const reason = electron === undefined ? '--browser-shell was given' : electron.error;
  await runBrowserShell(reason);
}

async function runBrowserShell(reason: string): Promise<void> {
  const dataDir = resolveDataDir(args, env);
  const logger = createConsoleLogger();
  const requestedPort = Number(readFlag(args, 'port') ?? env['KIOSK_PORT'] ?? DEFAULT_PORT);
  const central = takeCentralFromEnv(env);
  // Station testing of the card path without a device: a card file for the simulated reader.
  const cardFile = readFlag(args, 'simulated-id-card') ?? env['KIOSK_SIMULATED_ID_CARD'];
  const withCentral = { ...(central === undefined ? {} : { central }), ...(cardFile === undefined ? {} : { simulatedIdCardFile: cardFile }) };
  let shell = await startBrowserShell({ dataDir, port: requestedPort, logger, ...withCentral });
  if (!shell.ok && requestedPort !== 0) {
    say(`port ${requestedPort} is busy; using a free port instead`);
    shell = await startBrowserShell({ dataDir, port: 0, logger, ...withCentral });
  }
  if (!shell.ok) {
    process.stderr.write(`${shell.error}\n`);
    process.exit(1);
  }
  const running = shell.value;
  say(`Electron not used: ${reason}.`);
  say(`browser shell running at ${running.url}`);
  say(`data directory: ${dataDir}`);
  const stop = installShutdown(running);

  if (hasFlag(args, 'no-browser')) {
    say('--no-browser given: open the URL above in Chromium.');
    return;
  }
  if (!hasDisplay(process.platform, env)) {
    say('no display found (DISPLAY/WAYLAND_DISPLAY unset): open the URL above in a browser on this machine.');
    return;
  }
  const browser = findChromium(process.platform, env);
  if (browser === undefined) {
    say('no Chromium/Chrome found (set KIOSK_BROWSER): open the URL above in a browser.');
    return;
  }
  const asRoot = process.getuid?.() === 0;
  if (asRoot) say('running as root: Chromium starts without its sandbox. Run the kiosk as an ordinary user on stations.');
  keepBrowserOpen(browser, kioskBrowserArgs(running.url, join(dataDir, 'chromium-profile'), !hasFlag(args, 'windowed'), asRoot), stop);
}

/** Relaunches the kiosk browser after a crash, with backoff; a clean exit (staff closed it) stops the kiosk. */
function keepBrowserOpen(browser: string, browserArgs: string[], stop: () => Promise<void>): void {
  const backoff = createBackoff();
  const launch = (): void => {
    say(`opening ${browser} in app mode`);
    const child: ChildProcess = spawn(browser, browserArgs, { stdio: 'ignore' });
    child.on('exit', (code, signal) => {
      if (code === 0) {
        void stop();
        return;
      }
      const delay = backoff.nextDelay(Date.now());
      say(`browser exited (${signal ?? String(code)}); reopening in ${delay} ms`);
      setTimeout(launch, delay);
    });
    child.on('error', (error) => say(`could not start the browser: ${error.message}`));
  };
  launch();
}

function installShutdown(running: RunningBrowserShell): () => Promise<void> {
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  return stop;
}

void main();
