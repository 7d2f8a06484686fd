import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { press, selectByKeypad } from './support/keypad.js';
import { useKioskSession } from './support/kioskSession.js';
import { expectSpokenInOrder } from './support/transcript.js';

async function screenIs(page: Page, screen: string): Promise<void> {
  await page.locator(`main[data-screen="${screen}"]`).waitFor();
}

describe('keypad only, with voice (recording engine), no pointer', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording' } });

  it('starts audio mode from idle and reaches every top-level screen and back home', async () => {
    const page = await kiosk.openHome();
    await page.evaluate(() => {
      (window as unknown as { pointerEvents: number }).pointerEvents = 0;
      window.addEventListener('pointerdown', () => {
        (window as unknown as { pointerEvents: number }).pointerEvents += 1;
      }, { capture: true });
    });

    await press(page, 'ArrowDown'); // any key on the idle home screen starts audio mode
    await press(page, '1');
    await screenIs(page, 'jobs');
    await press(page, 'ArrowDown'); // into the search field
    await press(page, 'Escape'); // back works from inside a field too
    await screenIs(page, 'home');
    await press(page, '2');
    await screenIs(page, 'training');
    await press(page, 'Escape');
    await screenIs(page, 'home');
    await press(page, '3');
    await screenIs(page, 'subsidies');
    await press(page, 'ArrowLeft');
    await screenIs(page, 'home');
    await press(page, '4');
    await screenIs(page, 'settings');
    await press(page, 'Home');
    await screenIs(page, 'home');
    await selectByKeypad(page, '帮助');
    await screenIs(page, 'help');
    await press(page, 'Backspace');
    await selectByKeypad(page, '工作人员入口');
    await screenIs(page, 'staff');
    await press(page, 'Home');
    await screenIs(page, 'home');

    const transcript = await kiosk.transcript();
    expectSpokenInOrder(transcript, [
      '欢迎使用社区就业服务自助终端',
      '按1找工作，按2报名培训，按3查询补贴',
      '找工作',
      /第1项，共\d+项/,
      '请选择您要办理的服务',
      '报名培训',
      '查询补贴',
      '看得清、听得见',
      /帮助，按钮，第\d+项，共\d+项/,
      '告诉您怎样使用这台机器',
      /工作人员入口，按钮/,
      '工作人员在这里管理机器',
      '请选择您要办理的服务',
    ]);
    expect(await page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);
    expect(kiosk.pageErrors).toEqual([]);
  });

  it('repeats, gives help twice, and adjusts volume and rate from the keypad', async () => {
    const page = await kiosk.openHome();
    await press(page, 'Enter'); // start audio mode
    await press(page, '*');
    await press(page, '#');
    await press(page, '#');
    await press(page, '+');
    await press(page, 'PageUp');
    await press(page, 'ArrowDown');
    const transcript = await kiosk.transcript();
    expectSpokenInOrder(transcript, ['欢迎使用', '按1找工作', '欢迎使用', '帮助。', '更多帮助', '音量 5 级，共 5 级', '语速 4 级，共 6 级', /找工作.*第1项/]);
    const utterances = await page.evaluate(() => window.__kioskSpeechRecording?.transcript ?? []);
    const last = utterances[utterances.length - 1];
    expect(last).toMatchObject({ volume: 1, rate: 1.25, language: 'zh-CN' });
  });

  it('ignores key auto-repeat and a double strike', async () => {
    const page = await kiosk.openHome();
    await press(page, 'Enter');
    const before = (await kiosk.transcript()).length;
    await page.keyboard.down('ArrowDown'); // first press counts
    await page.evaluate(() => {
      for (let i = 0; i < 5; i += 1) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', repeat: true, bubbles: true }));
    });
    await page.keyboard.up('ArrowDown');
    await page.keyboard.press('ArrowDown'); // a bounce inside 150 ms
    await page.waitForTimeout(200);
    const spoken = (await kiosk.transcript()).slice(before);
    expect(spoken.filter((line) => /第\d+项/.test(line))).toEqual([expect.stringMatching(/第1项/)]);
  });
});
