import { mkdirSync } from 'node:fs';
import { err, ok, type Result } from '../../shared/result.js';
import { loadOrCreateKeyFile } from '../crypto/personalDataKey.js';
import { assetsDir, appVersion, bridgesDistDir, rendererDistDir } from '../config/appPaths.js';
import { createKioskHost, type KioskHost, type KioskHostOptions } from '../services/createKioskHost.js';
import type { Logger } from '../logging/logger.js';
import { describeOpenError } from '../store/openDatabase.js';
import { createCardFileIdCardReader } from '../devices/cardFileIdCardReader.js';
import { startBrowserShellServer, type BrowserShellServer } from './server.js';

export type RunningBrowserShell = {
  readonly url: string;
  readonly host: KioskHost;
  close(): Promise<void>;
};

export type BrowserShellOptions = {
  readonly dataDir: string;
  readonly port: number;
  readonly logger: Logger;
  readonly assetsDir?: string;
  readonly clock?: () => Date;
  readonly central?: KioskHostOptions['central'];
  readonly syncTiming?: KioskHostOptions['syncTiming'];
  /** A card file for the simulated ID card reader (station testing; see cardFileIdCardReader). */
  readonly simulatedIdCardFile?: string;
};

/** Host services + HTTP server: used by `npm start` without Electron, by the e2e tests and by the benchmarks. */
export async function startBrowserShell(options: BrowserShellOptions): Promise<Result<RunningBrowserShell, string>> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const key = loadOrCreateKeyFile(options.dataDir);
  if (!key.ok) return err(`无法读取个人信息密钥 / Cannot read the personal-data key: ${key.error.message}`);
  const host = createKioskHost({
    personalDataKey: key.value,
    dataDir: options.dataDir,
    assetsDir: options.assetsDir ?? assetsDir,
    version: appVersion,
    logger: options.logger,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.central === undefined ? {} : { central: options.central }),
    ...(options.syncTiming === undefined ? {} : { syncTiming: options.syncTiming }),
    ...(options.simulatedIdCardFile === undefined ? {} : { idCardReader: createCardFileIdCardReader(options.simulatedIdCardFile, options.clock) }),
  });
  if (!host.ok) return err(describeOpenError(host.error));
  let server: BrowserShellServer;
  try {
    server = await startBrowserShellServer({
      router: host.value.router,
      events: host.value.events,
      logger: options.logger,
      rendererDir: rendererDistDir,
      bridgesDir: bridgesDistDir,
      port: options.port,
    });
  } catch (thrown) {
    host.value.close();
    return err(`无法启动本地服务 / Could not start the local server: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  return ok({
    url: server.url,
    host: host.value,
    async close() {
      await server.close();
      host.value.close();
    },
  });
}
