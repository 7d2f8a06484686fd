import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBrowserShell, type BrowserShellOptions, type RunningBrowserShell } from '../../../electron/browserShell/startBrowserShell.js';
import { createSettingsStore, defaultStationConfig } from '../../../electron/store/settingsStore.js';
import type { StationPublicConfig } from '../../../shared/contract/appSchemas.js';
import { createMemoryLogger } from '../../../electron/logging/logger.js';
import { startTestCentral } from '../../support/centralForTests.js';
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

export type KioskSessionOptions = { dataDir?: string } & Pick<BrowserShellOptions, 'central' | 'syncTiming' | 'simulatedIdCardFile'>;

export const KIOSK_VIEWPORT = { width: 1920, height: 1080 } as const;

/** A real browser shell (real SQLite file, real HTTP) driven by real Chromium. Needs `npm run build` first. */
export async function startKioskSession(options: KioskSessionOptions = {}): Promise<KioskSession> {
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

export type TestCentral = Awaited<ReturnType<typeof startTestCentral>>;

/** How a describe block's kiosk session starts: every part optional, run in the order listed. */
export type KioskSessionSetup = {
  /**
   * A reference central API on a free loopback port, started first and seeded here (records, faults); the
   * kiosk is connected to it, and it stops after the kiosk. The session's `central` is its handle.
   */
  readonly referenceCentral?: (server: TestCentral['server']) => void;
  /** How the browser shell starts; a function when the options need something made first (a free port). */
  readonly options?: KioskSessionOptions | (() => Promise<KioskSessionOptions>);
  /** Station settings saved through the real settings store before the first page loads. */
  readonly station?: Partial<StationPublicConfig>;
  /** Anything else to set up with the session running (a staff PIN, queued items, a card file). */
  readonly prepare?: (kiosk: KioskSession) => void | Promise<void>;
  /** Runs after the session (and its reference central API) have closed. */
  readonly cleanup?: () => void | Promise<void>;
};

/**
 * One kiosk session for a describe block: started in beforeAll, closed in afterAll. The session returned stands
 * for the one beforeAll starts (it throws if used before then), so tests use it as they would the real one.
 */
export function useKioskSession(
  setup: KioskSessionSetup & Required<Pick<KioskSessionSetup, 'referenceCentral'>>,
): KioskSession & { readonly central: TestCentral };
export function useKioskSession(setup?: KioskSessionSetup): KioskSession;
export function useKioskSession(setup: KioskSessionSetup = {}): KioskSession & { readonly central: TestCentral } {
  let kiosk: KioskSession | undefined;
  let central: TestCentral | undefined;
  beforeAll(async () => {
    if (setup.referenceCentral !== undefined) {
      central = await startTestCentral();
      setup.referenceCentral(central.server);
    }
    const options = typeof setup.options === 'function' ? await setup.options() : (setup.options ?? {});
    if (central !== undefined && options.central !== undefined) throw new Error('a kiosk session has one central API: referenceCentral or options.central');
    kiosk = await startKioskSession(central === undefined ? options : { ...options, central: central.credentials });
    if (setup.station !== undefined) kiosk.configureStation(setup.station);
    await setup.prepare?.(kiosk);
  });
  afterAll(async () => {
    await kiosk?.close();
    await central?.close();
    await setup.cleanup?.();
  });
  const live = (): KioskSession => {
    if (kiosk === undefined) throw new Error('the kiosk session starts in beforeAll');
    return kiosk;
  };
  return {
    get shell() {
      return live().shell;
    },
    get browser() {
      return live().browser;
    },
    get page() {
      return live().page;
    },
    get dataDir() {
      return live().dataDir;
    },
    get pageErrors() {
      return live().pageErrors;
    },
    get central() {
      if (central === undefined) throw new Error('this kiosk session has no reference central API (setup.referenceCentral)');
      return central;
    },
    configureStation: (changes) => live().configureStation(changes),
    openHome: (openOptions) => live().openHome(openOptions),
    transcript: () => live().transcript(),
    close: () => live().close(),
  };
}
