import { describe, expect, it } from 'vitest';
import { useKioskSession } from './support/kioskSession.js';
import { longPressForAudio } from './support/touch.js';

describe('touch exploration in audio mode', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording' } });

  it('a 3 s long press on the idle screen starts audio mode', async () => {
    const page = await kiosk.openHome();
    await longPressForAudio(page);
    expect(await page.locator('.kiosk').getAttribute('data-audio-mode')).toBe('true');
    expect((await kiosk.transcript())[0]).toContain('欢迎使用');
    expect(await page.locator('main').getAttribute('data-screen')).toBe('home');
  });

  it('a single tap speaks the item and does not activate it; a double tap activates', async () => {
    const page = await kiosk.openHome();
    await page.keyboard.press('Enter'); // audio mode on
    const jobs = page.getByRole('button', { name: /找工作/ });
    await jobs.click();
    await page.waitForTimeout(100);
    expect(await page.locator('main').getAttribute('data-screen')).toBe('home');
    expect((await kiosk.transcript()).at(-1)).toMatch(/找工作.*按钮，第1项，共\d+项/);

    await page.waitForTimeout(900); // a second tap after the double-tap window is another single tap
    await jobs.click();
    await page.waitForTimeout(100);
    expect(await page.locator('main').getAttribute('data-screen')).toBe('home');

    await jobs.click(); // within 700 ms of the previous tap: this one activates
    await page.locator('main[data-screen="jobs"]').waitFor();
  });

  it('a swipe right moves to the next item and speaks it', async () => {
    const page = await kiosk.openHome();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /找工作/ }).click(); // explore the first item
    await page.mouse.move(600, 600);
    await page.mouse.down();
    await page.mouse.move(700, 605, { steps: 3 });
    await page.mouse.move(800, 610, { steps: 3 });
    await page.mouse.up();
    await page.waitForTimeout(100);
    expect((await kiosk.transcript()).at(-1)).toMatch(/报名培训.*第2项/);
    expect(await page.locator('main').getAttribute('data-screen')).toBe('home');
  });

  it('without audio mode, a tap simply activates', async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /报名培训/ }).click();
    await page.locator('main[data-screen="training"]').waitFor();
    expect(await kiosk.transcript()).toEqual([]);
  });
});
