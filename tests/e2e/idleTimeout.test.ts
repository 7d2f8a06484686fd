import { describe, expect, it } from 'vitest';
import { useKioskSession } from './support/kioskSession.js';

const IDLE_SECONDS = 60;

describe('idle timeout (WCAG 2.2.1, 2.2.6)', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording', idleTimeoutSeconds: IDLE_SECONDS } });

  it('warns with sight and speech, extends on one action at least 10 times, then ends the visit and resets everything', async () => {
    const page = await kiosk.openHome({ beforeLoad: (p) => p.clock.install() });
    await page.keyboard.press('Enter'); // audio mode on; the visit starts
    await page.waitForTimeout(50);
    // Change settings the resident would expect to be cleared afterwards.
    await page.keyboard.press('4');
    await page.locator('main[data-screen="settings"]').waitFor();
    await page.getByRole('button', { name: '最大' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('+');
    expect(await page.locator('html').getAttribute('data-text-size')).toBe('largest');

    const dialog = page.getByRole('alertdialog');
    for (let extension = 1; extension <= 11; extension += 1) {
      await page.clock.runFor(IDLE_SECONDS * 1000 + 1000);
      await dialog.waitFor();
      expect(await dialog.innerText()).toMatch(/秒后本次服务将结束，您填写的内容会被清除/);
      await page.clock.runFor(15_000); // still 15 s left: at least 20 s to respond
      expect(await dialog.isVisible()).toBe(true);
      await page.keyboard.press('ArrowDown'); // one action extends
      await dialog.waitFor({ state: 'detached' });
    }
    expect((await kiosk.transcript()).filter((line) => line.includes('您还在吗'))).toHaveLength(11);

    await page.clock.runFor(IDLE_SECONDS * 1000 + 31_000);
    await page.locator('main[data-screen="home"]').waitFor();
    await expect.poll(() => page.locator('html').getAttribute('data-text-size')).toBe('standard');
    expect(await page.locator('.kiosk').getAttribute('data-audio-mode')).toBe('false');
    await expect
      .poll(() => kiosk.shell.host.db.prepare(`SELECT outcome, modes FROM visits WHERE ended_at IS NOT NULL`).all())
      .toEqual([{ outcome: 'timed_out', modes: '["audio","large_text"]' }]);

    // Volume and rate are back to their defaults in the new visit (508 402.3; EN 301 549 5.1.3.11–13).
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
    const utterances = await page.evaluate(() => window.__kioskSpeechRecording?.transcript ?? []);
    expect(utterances.at(-1)).toMatchObject({ volume: 0.8, rate: 1 });
  });

  it('hides a half-typed number behind the warning, and shows it again when the resident stays', async () => {
    const page = await kiosk.openHome({ beforeLoad: (p) => p.clock.install() });
    await page.getByRole('button', { name: /查询补贴/ }).click();
    await page.getByRole('button', { name: /查询申请进度/ }).click();
    for (const digit of '37010219') await page.locator(`[data-numpad-key="${digit}"]`).click();
    const display = page.getByTestId('numpad-display');
    expect(await display.innerText()).toBe('****0219');
    await page.clock.runFor(IDLE_SECONDS * 1000 + 1000);
    await page.getByRole('alertdialog').waitFor();
    expect(await display.isVisible()).toBe(false);
    expect(await page.locator('main').isVisible()).toBe(false);
    await page.getByRole('button', { name: '继续使用' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await display.innerText()).toBe('****0219');
    expect(await display.isVisible()).toBe(true);
  });

  it('does not run while nobody has touched the kiosk', async () => {
    const page = await kiosk.openHome({ beforeLoad: (p) => p.clock.install() });
    await page.clock.runFor(IDLE_SECONDS * 3000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
  });
});
