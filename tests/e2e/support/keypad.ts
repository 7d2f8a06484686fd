import type { Page } from 'playwright-core';

/** One keypad press, then a pause longer than the default 150 ms double-strike filter. */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(200);
}

/** Presses Down until the focused item's text is exactly `label` (or matches the pattern), then Enter. */
export async function selectByKeypad(page: Page, label: string | RegExp): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await press(page, 'ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (typeof label === 'string' ? focused === label : label.test(focused)) {
      await press(page, 'Enter');
      return;
    }
  }
  throw new Error(`no item "${String(label)}" reached by keypad`);
}
