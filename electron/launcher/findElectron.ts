import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { err, ok, type Result } from '../../shared/result.js';

/**
 * In plain Node, `require('electron')` returns the path of the downloaded binary, or throws when the
 * download failed (as it does on our offline build machines; see package.json allowScripts).
 */
export function findElectronBinary(): Result<string, string> {
  const require = createRequire(import.meta.url);
  let binary: unknown;
  try {
    binary = require('electron');
  } catch (thrown) {
    return err(`Electron is not installed (${thrown instanceof Error ? thrown.message.split('\n')[0] : 'unknown error'})`);
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return err('the Electron binary was not downloaded');
  }
  return ok(binary);
}
