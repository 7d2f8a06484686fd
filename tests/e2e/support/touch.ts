import type { Page } from 'playwright-core';

/** A 3 s press on the idle home screen: how a blind resident on the touchscreen starts audio mode. */
export async function longPressForAudio(page: Page): Promise<void> {
  await page.mouse.move(900, 150);
  await page.mouse.down();
  await page.waitForTimeout(3200);
  await page.mouse.up();
}
