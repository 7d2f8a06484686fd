import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useKioskSession } from './support/kioskSession.js';

// The flow engine (renderer/flows, issue #14) as a resident meets it: a change from the review comes back to
// the review with the new answer, and the submit button sends once however fast it is pressed.

async function typeOnPad(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.locator(`main [data-numpad-key="${digit}"]`).click();
}

async function openFirstCleaningJob(page: Page): Promise<void> {
  await page.getByRole('button', { name: /找工作/ }).click();
  await page.getByRole('searchbox', { name: /搜索岗位/ }).fill('保洁');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /找到 \d+ 条/ }).waitFor();
  await page.locator('.result-item').first().click();
  await page.locator('main[data-screen="job_detail"]').waitFor();
}

describe('question flows', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording' } });

  it('a change from the review returns to the review with the new answer, and one press of submit stores one registration', async () => {
    const page = await kiosk.openHome();
    const submits: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/__kiosk/invoke/jobs.registerInterest')) submits.push(request.url());
    });
    await openFirstCleaningJob(page);
    await page.getByRole('button', { name: '我想做这份工作' }).click();
    await page.locator('main input').fill('李四');
    await page.getByRole('button', { name: '下一步' }).click();
    await typeOnPad(page, '13812345678');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '不填，下一步' }).click();
    await page.getByRole('button', { name: /不愿意/ }).click();
    await page.getByRole('heading', { name: '请核对您的信息' }).waitFor();
    expect(await page.getByTestId('review-phone').innerText()).toBe('*******5678');
    expect(await page.getByTestId('review-idNumber').innerText()).toBe('没有填');

    // Change the phone: the question opens with the old answer, and "next" returns to the review, not to the ID question.
    await page.getByRole('button', { name: '修改手机号码' }).click();
    await page.getByRole('heading', { name: '您的手机号码是多少？' }).waitFor();
    expect(await page.getByTestId('numpad-display').innerText()).toContain('5678');
    await page.locator('main .numpad-keys').getByRole('button', { name: '全部清除' }).click();
    await typeOnPad(page, '13812349999');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '请核对您的信息' }).waitFor();
    expect(await page.getByTestId('review-phone').innerText()).toBe('*******9999');

    // Two presses in the same frame: the second finds the first still on its way and does nothing.
    await page.getByRole('button', { name: '确认提交' }).evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await page.getByRole('heading', { name: '登记成功' }).waitFor();
    expect(submits).toHaveLength(1);
    const stored = kiosk.shell.host.db.prepare(`SELECT COUNT(*) AS n FROM submissions`).get() as { n: number };
    expect(stored.n).toBe(1);

    // Back from the confirmation goes to the last question answered, not to a review that could send again.
    await page.locator('footer').getByRole('button', { name: '返回' }).click();
    await page.getByRole('heading', { name: '您的手机号码是多少？' }).waitFor();
    expect(await page.getByRole('heading', { name: '请核对您的信息' }).count()).toBe(0);
  });
});
