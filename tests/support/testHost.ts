import { createKioskHost, type KioskHost, type KioskHostOptions } from '../../electron/services/createKioskHost.js';
import { createMemoryLogger } from '../../electron/logging/logger.js';
import { assetsDir } from '../../electron/config/appPaths.js';
import { makeTempDir } from './tempDir.js';
import { mkdirSync } from 'node:fs';
import { loadOrCreateKeyFile } from '../../electron/crypto/personalDataKey.js';

/** A real kiosk host on a real SQLite file in a temp folder. */
export function startTestHost(
  options: { dataDir?: string; clock?: () => Date } & Pick<KioskHostOptions, 'central' | 'syncTiming' | 'random'> = {},
): {
  host: KioskHost;
  dataDir: string;
  logger: ReturnType<typeof createMemoryLogger>;
  close(): void;
} {
  const temp = options.dataDir === undefined ? makeTempDir('kiosk-host') : undefined;
  const dataDir = options.dataDir ?? temp?.path ?? '';
  const logger = createMemoryLogger();
  mkdirSync(dataDir, { recursive: true });
  const key = loadOrCreateKeyFile(dataDir);
  if (!key.ok) throw new Error(key.error.message);
  const created = createKioskHost({
    personalDataKey: key.value,
    dataDir,
    assetsDir,
    version: 'test',
    logger,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.central === undefined ? {} : { central: options.central }),
    ...(options.syncTiming === undefined ? {} : { syncTiming: options.syncTiming }),
    ...(options.random === undefined ? {} : { random: options.random }),
  });
  if (!created.ok) throw new Error(`host did not start: ${created.error.code}`);
  return {
    host: created.value,
    dataDir,
    logger,
    close() {
      created.value.close();
      temp?.remove();
    },
  };
}
