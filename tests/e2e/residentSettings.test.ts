import { describe, expect, it } from 'vitest';
import { press } from './support/keypad.js';
import { useKioskSession } from './support/kioskSession.js';
import { saveScreenshot } from './support/screenshots.js';

describe('resident settings, easy-read, privacy and call staff', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording' } });

  it('changes size, contrast and language from the settings screen, by touch', async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /看得清、听得见/ }).click();
    await page.locator('main[data-screen="settings"]').waitFor();
    await saveScreenshot(page, 'settings-zh-CN');
    await page.getByRole('button', { name: '更大', exact: true }).click();
    await page.getByRole('button', { name: '黑底黄字' }).click();
    expect(await page.locator('html').getAttribute('data-text-size')).toBe('larger');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('yellow_on_black');
    expect(await page.getByRole('button', { name: '黑底黄字' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: 'See and hear better' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('easy-read is reachable from home by touch and by keypad, and simplifies the words', async () => {
    const byTouch = await kiosk.openHome();
    await byTouch.getByRole('button', { name: /简单模式/ }).click();
    await byTouch.getByRole('heading', { name: '您好！您想做什么？' }).waitFor();
    expect(await byTouch.getByRole('button', { name: /简单模式/ }).getAttribute('aria-pressed')).toBe('true');

    const byKeypad = await kiosk.openHome();
    await press(byKeypad, 'Enter'); // audio mode
    await press(byKeypad, '5');
    await byKeypad.getByRole('heading', { name: '您好！您想做什么？' }).waitFor();
    await press(byKeypad, '1');
    await byKeypad.locator('main[data-screen="jobs"]').waitFor();
    expect((await kiosk.transcript()).join('\n')).toContain('这里有工作。');
  });

  it('a screen-reader setting stops self-voicing while the keypad still moves focus', async () => {
    const page = await kiosk.openHome();
    await press(page, 'Enter'); // audio mode on
    await press(page, '4');
    await page.locator('main[data-screen="settings"]').waitFor();
    const before = (await kiosk.transcript()).length;
    await page.getByRole('button', { name: '我在用读屏软件' }).focus();
    await press(page, 'Enter');
    await press(page, 'ArrowDown');
    await press(page, 'ArrowDown');
    expect((await kiosk.transcript()).slice(before)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('关闭屏幕，只听声音');
  });

  it('audio-only privacy mode blanks the screen, keeps one exit, and the keypad still works', async () => {
    const page = await kiosk.openHome();
    await press(page, 'Enter');
    await press(page, '4');
    await page.getByRole('button', { name: '关闭屏幕，只听声音' }).focus();
    await press(page, 'Enter');
    const privacy = page.getByTestId('privacy-screen');
    await privacy.waitFor();
    const screenshot = await page.screenshot();
    expect(screenshot.length).toBeGreaterThan(0);
    // The blank layer covers the viewport; the only visible control is the way back.
    const covered = await page.evaluate(() => {
      const layer = document.querySelector('[data-testid="privacy-screen"]')?.getBoundingClientRect();
      return layer !== undefined && layer.width >= window.innerWidth && layer.height >= window.innerHeight;
    });
    expect(covered).toBe(true);
    const spokenBefore = (await kiosk.transcript()).length;
    await press(page, 'Home');
    await page.locator('main[data-screen="home"]').waitFor();
    await press(page, '1');
    await page.locator('main[data-screen="jobs"]').waitFor();
    expect((await kiosk.transcript()).slice(spokenBefore)).toContain('找工作');
    await page.getByRole('button', { name: '打开屏幕' }).click();
    await privacy.waitFor({ state: 'detached' });
  });

  it('call staff from help raises the alert on the host and says so', async () => {
    const page = await kiosk.openHome();
    const alerts: unknown[] = [];
    const unsubscribe = kiosk.shell.host.events.subscribe((event) => {
      if (event.type === 'staffCalled') alerts.push(event);
    });
    await page.getByRole('button', { name: '帮助', exact: true }).click();
    await page.getByRole('button', { name: '呼叫工作人员' }).click();
    await page.getByRole('status').filter({ hasText: '已通知工作人员' }).waitFor();
    unsubscribe();
    expect(alerts).toHaveLength(1);
    expect(kiosk.shell.host.db.prepare(`SELECT actor, action FROM audit_log WHERE action = 'staff.called'`).all()).toEqual([
      { actor: 'resident', action: 'staff.called' },
    ]);
  });
});
