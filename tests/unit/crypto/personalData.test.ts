import { statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPersonalDataCipher } from '../../../electron/crypto/personalDataCipher.js';
import { KEY_FILE_NAME, loadOrCreateKeyFile } from '../../../electron/crypto/personalDataKey.js';
import { makeTempDir } from '../../support/tempDir.js';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));
function tempDir(): string {
  const dir = makeTempDir('kiosk-key');
  dirs.push(dir);
  return dir.path;
}

describe('personal-data key file (browser shell)', () => {
  it('is created once with mode 0600 and read back the same', () => {
    const dir = tempDir();
    const first = loadOrCreateKeyFile(dir);
    const second = loadOrCreateKeyFile(dir);
    expect(first.ok && second.ok && first.value.equals(second.value)).toBe(true);
    expect(statSync(join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('tightens a key file others could read', () => {
    const dir = tempDir();
    loadOrCreateKeyFile(dir);
    chmodSync(join(dir, KEY_FILE_NAME), 0o644);
    expect(loadOrCreateKeyFile(dir).ok).toBe(true);
    expect(statSync(join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('reports a damaged key file as a value', () => {
    const dir = tempDir();
    writeFileSync(join(dir, KEY_FILE_NAME), 'too short', { mode: 0o600 });
    expect(loadOrCreateKeyFile(dir)).toMatchObject({ ok: false, error: { code: 'key_unreadable' } });
  });
});

describe('personal-data cipher', () => {
  const key = Buffer.alloc(32, 7);
  const cipher = createPersonalDataCipher(key);

  it('round-trips and never contains the plaintext', () => {
    const sealed = cipher.encrypt('{"phone":"13812345678"}', 'row-1');
    expect(sealed.toString('latin1')).not.toContain('13812345678');
    expect(cipher.decrypt(sealed, 'row-1')).toEqual({ ok: true, value: '{"phone":"13812345678"}' });
  });

  it('refuses a ciphertext moved to another row, tampered with, or sealed under another key', () => {
    const sealed = cipher.encrypt('秘密', 'row-1');
    expect(cipher.decrypt(sealed, 'row-2')).toEqual({ ok: false, error: 'undecryptable' });
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(cipher.decrypt(tampered, 'row-1')).toEqual({ ok: false, error: 'undecryptable' });
    expect(createPersonalDataCipher(Buffer.alloc(32, 8)).decrypt(sealed, 'row-1')).toEqual({ ok: false, error: 'undecryptable' });
  });

  it('gives stable lookup keys that do not reveal the value, and differ per key', () => {
    expect(cipher.lookupKey('13812345678')).toBe(cipher.lookupKey('13812345678'));
    expect(cipher.lookupKey('13812345678')).not.toContain('1381');
    expect(createPersonalDataCipher(Buffer.alloc(32, 9)).lookupKey('13812345678')).not.toBe(cipher.lookupKey('13812345678'));
  });
});
