import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, readFlag, resolveDataDir } from '../../../electron/config/dataDir.js';

describe('data directory', () => {
  it('prefers --data-dir, then KIOSK_DATA_DIR, then the platform default', () => {
    expect(resolveDataDir(['--data-dir=/a'], { KIOSK_DATA_DIR: '/b' }, '/c')).toBe('/a');
    expect(resolveDataDir(['--data-dir', '/a'], {}, '/c')).toBe('/a');
    expect(resolveDataDir([], { KIOSK_DATA_DIR: '/b' }, '/c')).toBe('/b');
    expect(resolveDataDir([], { KIOSK_DATA_DIR: '' }, '/c')).toBe('/c');
  });

  it('uses per-user folders for each platform', () => {
    expect(defaultUserDataDir('linux', { XDG_DATA_HOME: '/x' })).toBe('/x/shandong-employment-kiosk');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('shandong-employment-kiosk');
  });

  it('reads flags in both forms and nothing else', () => {
    expect(readFlag(['--port=8080'], 'port')).toBe('8080');
    expect(readFlag(['--port', '9'], 'port')).toBe('9');
    expect(readFlag(['--portable'], 'port')).toBeUndefined();
  });
});
