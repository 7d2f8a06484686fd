import { existsSync } from 'node:fs';

const candidates: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

/** The system Chromium/Chrome/Edge to open the browser-shell kiosk in; KIOSK_BROWSER overrides. */
export function findChromium(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const override = env['KIOSK_BROWSER'];
  if (override !== undefined && override !== '') return override;
  return (candidates[platform] ?? []).find((path) => existsSync(path));
}

export function hasDisplay(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env['DISPLAY'] ?? env['WAYLAND_DISPLAY']);
}

/**
 * Flags for a locked-down full-screen app window, without Chromium's background network chatter.
 * Chromium refuses to start as root with its sandbox on; a kiosk should run as an ordinary user,
 * so `runningAsRoot` only exists for build machines and is announced by the launcher.
 */
export function kioskBrowserArgs(url: string, profileDir: string, kiosk: boolean, runningAsRoot = false): string[] {
  return [
    ...(runningAsRoot ? ['--no-sandbox'] : []),
    `--app=${url}`,
    // --start-fullscreen as well: --kiosk alone needs a window manager, which bare station X sessions may lack.
    ...(kiosk ? ['--kiosk', '--start-fullscreen', '--window-position=0,0'] : []),
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-features=Translate',
    '--autoplay-policy=no-user-gesture-required',
    '--lang=zh-CN',
  ];
}
