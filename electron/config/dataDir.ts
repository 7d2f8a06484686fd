import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'shandong-employment-kiosk';

/** Reads `--name=value` or `--name value` from argv. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === `--${name}`) return argv[i + 1];
    if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export function hasFlag(argv: readonly string[], name: string): boolean {
  return argv.includes(`--${name}`);
}

/**
 * Where the kiosk keeps its database and key file: `--data-dir`, then KIOSK_DATA_DIR, then the
 * platform's per-user data folder. The Electron shell passes app.getPath('userData') as `platformDefault`.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platformDefault: string = defaultUserDataDir(process.platform, env),
): string {
  return readFlag(argv, 'data-dir') ?? nonEmpty(env['KIOSK_DATA_DIR']) ?? platformDefault;
}

export function defaultUserDataDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  switch (platform) {
    case 'win32':
      return join(nonEmpty(env['APPDATA']) ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return join(nonEmpty(env['XDG_DATA_HOME']) ?? join(homedir(), '.local', 'share'), APP_DIR_NAME);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
