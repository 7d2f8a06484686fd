import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../../shared/result.js';

export const KEY_FILE_NAME = 'personal-data.key';
const KEY_BYTES = 32;

export type KeyFileError = { readonly code: 'key_unreadable'; readonly message: string };

/**
 * The browser shell's personal-data key: 32 random bytes in a file only the kiosk's OS user can read
 * (mode 0600; DESIGN.md "Data"). The Electron shell keeps the same key under safeStorage instead.
 * A key file that others could read is tightened on load, because the data it protects is sensitive
 * personal information (个人信息保护法 Arts. 28, 51).
 */
export function loadOrCreateKeyFile(dataDir: string): Result<Buffer, KeyFileError> {
  const path = join(dataDir, KEY_FILE_NAME);
  try {
    if (!existsSync(path)) {
      const key = randomBytes(KEY_BYTES);
      writeFileSync(path, key.toString('base64'), { mode: 0o600, flag: 'wx' });
      return ok(key);
    }
    if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== KEY_BYTES) return err({ code: 'key_unreadable', message: `${path} does not hold a ${KEY_BYTES}-byte key` });
    return ok(key);
  } catch (thrown) {
    return err({ code: 'key_unreadable', message: thrown instanceof Error ? thrown.message : String(thrown) });
  }
}
