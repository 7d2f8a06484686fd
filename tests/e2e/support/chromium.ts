import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium (apt package `chromium`); `npx playwright install` cannot work on our build machines.
export const CHROMIUM_PATH = process.env['KIOSK_TEST_CHROMIUM'] ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google hosts that this network refuses.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--lang=zh-CN',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs, headless: true });
}
