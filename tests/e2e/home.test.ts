import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { useKioskSession } from './support/kioskSession.js';
import { saveScreenshot } from './support/screenshots.js';

describe('home screen in Debian Chromium through the browser shell', () => {
  const kiosk = useKioskSession();

  it('shows the home screen in Chinese with the three services, settings, help, language and staff entry', async () => {
    const page = await kiosk.openHome();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').innerText()).toBe('您好！请选择您要办理的服务');
    const services = page.getByRole('list', { name: '服务' }).getByRole('button');
    expect(await services.allInnerTexts()).toEqual([
      expect.stringContaining('找工作'),
      expect.stringContaining('报名培训'),
      expect.stringContaining('查询补贴'),
      expect.stringContaining('看得清、听得见'),
    ]);
    expect(kiosk.pageErrors).toEqual([]);
    for (const name of ['首页', '返回', '帮助', '工作人员入口']) {
      await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    await page.evaluate(() => document.fonts.ready);
    // The shipped CJK font is the one in use, so every kiosk renders the same glyphs.
    expect(await page.evaluate(() => document.fonts.check('28px "Noto Sans SC"', '您好请选择服务'))).toBe(true);
    await saveScreenshot(page, 'home-zh-CN');
  });

  it('has zero axe violations (WCAG 2.2 AA tags plus AAA contrast)', async () => {
    const page = await kiosk.openHome();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('catches a real violation, so the zero above means something', async () => {
    const page = await kiosk.openHome();
    await page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = '浅灰色文字';
      // 5.3:1 on white at 16px: passes AA, fails the AAA 7:1 for normal-size text.
      faint.style.color = '#6b6b6b';
      faint.style.fontSize = '16px';
      document.querySelector('main')?.append(faint);
    });
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('color-contrast-enhanced');
  });

  it('moves focus to the new heading, goes to a service and back, and switches language', async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /找工作/ }).click();
    await page.locator('main[data-screen="jobs"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('h1').innerText()).toBe('找工作');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await page.locator('main[data-screen="home"]').waitFor();

    await page.getByRole('button', { name: /Switch to English/ }).click();
    await page.getByRole('heading', { name: 'Hello! Please choose a service' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'home-en');
  });

  it('records the visit and its screens in the real database', async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /报名培训/ }).click();
    await page.locator('main[data-screen="training"]').waitFor();
    await expect
      .poll(() => kiosk.shell.host.db.prepare(`SELECT screens FROM visits ORDER BY started_at DESC LIMIT 1`).get())
      .toEqual({ screens: '["home","training"]' });
  });
});
