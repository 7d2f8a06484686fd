import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBrowserShell, type BrowserShellOptions, type RunningBrowserShell } from '../../../electron/browserShell/startBrowserShell.js';
import { createSettingsStore, defaultStationConfig } from '../../../electron/store/settingsStore.js';
import type { StationPublicConfig } from '../../../shared/contract/appSchemas.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { makeTempDir } from '../../support/tempDir.js';
import { launchChromium } from './chromium.js';

export type KioskSession = {
  readonly shell: RunningBrowserShell;
  readonly browser: Browser;
  readonly page: Page;
  readonly dataDir: string;
  /** Uncaught errors in the page: a test fails on any of them. */
  readonly pageErrors: string[];
  /** Saves station settings through the real settings store; the next page load uses them. */
  configureStation(changes: Partial<StationPublicConfig>): void;
  /** Opens the kiosk in a fresh page and waits for the home screen. */
  openHome(options?: { viewport?: { width: number; height: number }; beforeLoad?: (page: Page) => Promise<void> }): Promise<Page>;
  /** What the recording speech engine received so far, in order. */
  transcript(): Promise<string[]>;
  close(): Promise<void>;
};

export const KIOSK_VIEWPORT = { width: 1920, height: 1080 } as const;

/** A real browser shell (real SQLite file, real HTTP) driven by real Chromium. Needs `npm run build` first. */
export async function startKioskSession(
  options: { dataDir?: string } & Pick<BrowserShellOptions, 'central' | 'syncTiming' | 'simulatedIdCardFile'> = {},
): Promise<KioskSession> {
  const temp = options.dataDir === undefined ? makeTempDir('kiosk-e2e') : undefined;
  const dataDir = options.dataDir ?? temp?.path ?? '';
  const started = await startBrowserShell({
    dataDir,
    port: 0,
    logger: createMemoryLogger(),
    ...(options.central === undefined ? {} : { central: options.central }),
    ...(options.syncTiming === undefined ? {} : { syncTiming: options.syncTiming }),
    ...(options.simulatedIdCardFile === undefined ? {} : { simulatedIdCardFile: options.simulatedIdCardFile }),
  });
  if (!started.ok) throw new Error(started.error);
  const shell = started.value;
  const browser = await launchChromium();
  // One context per page: @axe-core/playwright needs pages made through browser.newContext().
  let context = await browser.newContext({ viewport: KIOSK_VIEWPORT });
  let page = await context.newPage();

  const pageErrors: string[] = [];
  const session: KioskSession = {
    pageErrors,
    shell,
    browser,
    get page() {
      return page;
    },
    dataDir,
    configureStation(changes) {
      createSettingsStore(shell.host.db).saveStationConfig({ ...defaultStationConfig, ...changes }, new Date());
    },
    async transcript() {
      return page.evaluate(() => window.__kioskSpeechRecording?.transcript.map((utterance) => utterance.text) ?? []);
    },
    async openHome(openOptions = {}) {
      await context.close();
      context = await browser.newContext({ viewport: openOptions.viewport ?? KIOSK_VIEWPORT });
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await openOptions.beforeLoad?.(page);
      await page.goto(shell.url);
      await page.locator('main[data-screen="home"] h1').waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await shell.close();
      temp?.remove();
    },
  };
  return session;
}

/**
 * One kiosk session for a describe block: started before its tests, closed after them. Returns a getter,
 * since the session exists only once beforeAll has run.
 */
export function useKioskSession(
  options: Parameters<typeof startKioskSession>[0] = {},
  prepare: (kiosk: KioskSession) => void = () => undefined,
): () => KioskSession {
  let kiosk: KioskSession | undefined;
  beforeAll(async () => {
    kiosk = await startKioskSession(options);
    prepare(kiosk);
  });
  afterAll(async () => {
    await kiosk?.close();
  });
  return () => {
    if (kiosk === undefined) throw new Error('the kiosk session starts in beforeAll');
    return kiosk;
  };
}
