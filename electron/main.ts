// The production kiosk shell: one locked-down full-screen window over the shared router.
import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateSealedKey } from './shell/safeStorageKey.js';
import { kioskError } from '../shared/errors.js';
import { bridgesDistDir, rendererDistDir, assetsDir, appVersion } from './config/appPaths.js';
import { readFlag, resolveDataDir } from './config/dataDir.js';
import { createCardFileIdCardReader } from './devices/cardFileIdCardReader.js';
import { readStaticFile } from './browserShell/staticFiles.js';
import { createKioskHost, type KioskHost } from './services/createKioskHost.js';
import { takeCentralFromEnv } from './config/centralFromEnv.js';
import { createConsoleLogger } from './logging/logger.js';
import { contentSecurityPolicy } from './shell/contentSecurityPolicy.js';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from './shell/ipcChannels.js';
import { createBackoff } from './shell/restartBackoff.js';
import { APP_ORIGIN, APP_SCHEME, denyAllPermissions, isTrustedSender, lockNavigation } from './shell/security.js';
import { describeOpenError } from './store/openDatabase.js';

const logger = createConsoleLogger();

// Checklist #18 (custom protocol instead of file://): registered before the app is ready.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await readStaticFile(rendererDistDir, new URL(request.url).pathname);
    if (file === undefined) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.contentType, 'content-security-policy': contentSecurityPolicy },
    });
  });
}

function createKioskWindow(host: KioskHost): BrowserWindow {
  const devTools = !app.isPackaged && process.env['KIOSK_DEVTOOLS'] === '1';
  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: join(bridgesDistDir, 'preload.cjs'),
      // Checklist #2–#4: isolated, sandboxed, no Node in the renderer.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools, // no devtools in production
      spellcheck: false,
    },
  });
  window.removeMenu();
  lockNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());

  const unsubscribe = host.events.subscribe((event) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event);
  });
  window.on('closed', unsubscribe);

  // Crash recovery: reload after a renderer crash or hang, waiting longer after each one in a row.
  const backoff = createBackoff();
  const reloadLater = (why: string): void => {
    const delay = backoff.nextDelay(Date.now());
    logger.error('shell.renderer_recovering', { why, delayMs: delay });
    setTimeout(() => {
      if (!window.isDestroyed()) window.webContents.reload();
    }, delay);
  };
  window.webContents.on('render-process-gone', (_event, details) => reloadLater(details.reason));
  window.on('unresponsive', () => reloadLater('unresponsive'));

  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  // No application menu at all: no accelerators for reload, devtools or quit.
  Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);
  serveRenderer();

  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = loadOrCreateSealedKey(dataDir);
  if (!key.ok) {
    dialog.showErrorBox('自助终端无法启动 / Kiosk cannot start', key.error);
    app.exit(1);
    return;
  }
  let kioskWindow: BrowserWindow | undefined;
  // Receipts go straight to the station printer (issue #5), with no dialog for the resident to handle.
  // Staff choose the printer in the station settings (issue #8); null is the system default.
  const printPage = (deviceName: string | null): Promise<boolean> =>
    new Promise((resolve) => {
      if (kioskWindow === undefined || kioskWindow.isDestroyed()) return resolve(false);
      kioskWindow.webContents.print(
        { silent: true, printBackground: false, ...(deviceName === null ? {} : { deviceName }) },
        (success) => resolve(success),
      );
    });
  const listPrinters = async (): Promise<string[]> =>
    kioskWindow === undefined || kioskWindow.isDestroyed() ? [] : (await kioskWindow.webContents.getPrintersAsync()).map((printer) => printer.name);
  const central = takeCentralFromEnv(process.env);
  // A station's real reader is wired here (README "ID card reader"); a card file tries the path without one.
  const cardFile = readFlag(process.argv, 'simulated-id-card') ?? process.env['KIOSK_SIMULATED_ID_CARD'];
  const host = createKioskHost({
    dataDir,
    assetsDir,
    version: appVersion,
    logger,
    personalDataKey: key.value,
    printPage,
    listPrinters,
    ...(central === undefined ? {} : { central }),
    ...(cardFile === undefined ? {} : { idCardReader: createCardFileIdCardReader(cardFile) }),
  });
  if (!host.ok) {
    dialog.showErrorBox('自助终端无法启动 / Kiosk cannot start', describeOpenError(host.error));
    app.exit(1);
    return;
  }
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      logger.warn('shell.untrusted_sender', {});
      return { ok: false, error: kioskError('unknown_channel') };
    }
    return host.value.router.dispatch(channel, payload);
  });

  // A kiosk screen must never go dark while residents may walk up.
  powerSaveBlocker.start('prevent-display-sleep');
  let window = createKioskWindow(host.value);
  kioskWindow = window;
  app.on('second-instance', () => {
    if (window.isDestroyed()) {
      window = createKioskWindow(host.value);
      kioskWindow = window;
    }
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockNavigation(contents));
  app.on('window-all-closed', () => {
    host.value.close();
    app.quit();
  });
}

void start();
