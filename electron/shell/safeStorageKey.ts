// The Electron shell keeps the personal-data key encrypted by the OS keystore (safeStorage: DPAPI on
// Windows, libsecret/kwallet on Linux). Only Electron shell files import 'electron'.
import { safeStorage } from 'electron';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { KEY_FILE_NAME, loadOrCreateKeyFile } from '../crypto/personalDataKey.js';
import { err, ok, type Result } from '../../shared/result.js';

const SEALED_KEY_FILE = 'personal-data.key.sealed';

export function loadOrCreateSealedKey(dataDir: string): Result<Buffer, string> {
  if (!safeStorage.isEncryptionAvailable()) {
    // No OS keystore (a bare Linux session): fall back to the 0600 key file, as the browser shell does.
    const fallback = loadOrCreateKeyFile(dataDir);
    return fallback.ok ? fallback : err(fallback.error.message);
  }
  const sealedPath = join(dataDir, SEALED_KEY_FILE);
  const plainPath = join(dataDir, KEY_FILE_NAME);
  try {
    if (existsSync(sealedPath)) {
      return ok(Buffer.from(safeStorage.decryptString(readFileSync(sealedPath)), 'base64'));
    }
    // A data dir first used by the browser shell: move its key under safeStorage, then remove the plain file.
    const existing = existsSync(plainPath) ? loadOrCreateKeyFile(dataDir) : ok(randomBytes(32));
    if (!existing.ok) return err(existing.error.message);
    writeFileSync(sealedPath, safeStorage.encryptString(existing.value.toString('base64')), { mode: 0o600 });
    if (existsSync(plainPath)) rmSync(plainPath);
    return ok(existing.value);
  } catch (thrown) {
    return err(thrown instanceof Error ? thrown.message : String(thrown));
  }
}
