import type { Page } from 'playwright-core';
import { TEST_STAFF_PIN } from '../../support/staffSession.js';
import { saveScreenshot } from './screenshots.js';

/** Types digits on the on-screen numeric pad. */
export async function typeOnPad(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.locator(`main [data-numpad-key="${digit}"]`).click();
}

/** From any resident screen: staff entry, the PIN on the pad, and the dashboard with its data. */
export async function signInByTouch(page: Page, pin = TEST_STAFF_PIN): Promise<void> {
  await page.getByRole('button', { name: '工作人员入口', exact: true }).click();
  await page.locator('main[data-screen="staff"] [data-numpad-key="5"]').waitFor();
  await typeOnPad(page, pin);
  await page.getByRole('button', { name: '进入', exact: true }).click();
  await page.getByTestId('counts-visits').waitFor();
}

/** The staff views (PIN set beforehand), reached by touch; `check` runs on each one. */
export async function walkStaffScreens(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: '首页', exact: true }).click();
  await signInByTouch(page);
  await check('staff_dashboard');
  await page.getByRole('button', { name: '站点设置', exact: true }).click();
  await page.getByTestId('setting-idleTimeout').waitFor();
  await page.getByRole('button', { name: '显示按键设置' }).click();
  await check('staff_settings');
  await page.getByRole('button', { name: '每日统计表', exact: true }).click();
  await page.getByTestId('staff-report').waitFor();
  await check('staff_report');
  await page.getByRole('button', { name: '工作台', exact: true }).click();
  await page.getByRole('button', { name: '代居民办理' }).click();
  await page.getByTestId('assist-banner').waitFor();
  await check('staff_assisting');
  await page.getByRole('button', { name: '交还给居民' }).click();
  await page.getByTestId('assist-banner').waitFor({ state: 'detached' });
}

/**
 * A whole staff view in one picture: the viewport is made as tall as the page for the shot, so the
 * sticky nav bar sits at the bottom as on a tall screen instead of across the middle of a stitched capture.
 */
export async function saveWholeView(page: Page, name: string): Promise<string> {
  const viewport = page.viewportSize() ?? { width: 1920, height: 1080 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  try {
    return await saveScreenshot(page, name);
  } finally {
    await page.setViewportSize(viewport);
  }
}
