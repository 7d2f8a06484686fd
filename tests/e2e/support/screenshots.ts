import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../../electron/config/appPaths.js';

export const SCREENSHOT_DIR = join(projectRoot, 'dist', 'screenshots');

/** Saves what the resident sees (the viewport) as a PNG under dist/screenshots; returns its path. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}
