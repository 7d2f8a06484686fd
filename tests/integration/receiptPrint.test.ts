import { afterEach, describe, expect, it } from 'vitest';
import { assetsDir } from '../../electron/config/appPaths.js';
import { createKioskHost } from '../../electron/services/createKioskHost.js';
import { createMemoryLogger } from '../../electron/logging/logger.js';
import { makeTempDir } from '../support/tempDir.js';
import { startTestHost } from '../support/testHost.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('receipt.print', () => {
  it('says "not printed" in the browser shell, so the renderer opens its print page', async () => {
    const test = startTestHost();
    cleanups.push(() => test.close());
    expect(await test.host.router.dispatch('receipt.print', {})).toEqual({ ok: true, value: { printed: false } });
  });

  // The Electron printer cannot exist here; the shell's print function is the seam, so a stand-in is passed.
  it('uses the shell printer where there is one, and reports its failure', async () => {
    const dir = makeTempDir('kiosk-print');
    cleanups.push(() => dir.remove());
    const outcomes = [true, false];
    const host = createKioskHost({
      dataDir: dir.path,
      assetsDir,
      version: 'test',
      logger: createMemoryLogger(),
      personalDataKey: Buffer.alloc(32, 1),
      printPage: () => Promise.resolve(outcomes.shift() ?? false),
    });
    if (!host.ok) throw new Error(host.error.code);
    cleanups.push(() => host.value.close());
    expect(await host.value.router.dispatch('receipt.print', {})).toEqual({ ok: true, value: { printed: true } });
    expect(await host.value.router.dispatch('receipt.print', {})).toEqual({ ok: true, value: { printed: false } });
  });
});
