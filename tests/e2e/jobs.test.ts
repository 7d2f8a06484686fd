import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { axeViolations } from './support/axe.js';
import { press, selectByKeypad } from './support/keypad.js';
import { keypadHarness } from './support/keypadHarness.js';
import { useKioskSession } from './support/kioskSession.js';
import { saveScreenshot } from './support/screenshots.js';

const first17 = '37170219900307108'; // its GB 11643 check character is X
const VALID_ID = `${first17}${idChecksumChar(first17)}`;

async function search(page: Page, text: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: /搜索岗位/ }).fill(text);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /找到|没有找到/ }).waitFor();
  return page.locator('.result-title').allInnerTexts();
}

describe('jobs: search, filter, detail, register interest', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording' } });

  it('finds listings for a 2-character query (保洁) and a 4-character one (数据标注)', async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /找工作/ }).click();
    await page.locator('main[data-screen="jobs"]').waitFor();
    await saveScreenshot(page, 'jobs-list');
    const cleaning = await search(page, '保洁');
    expect(cleaning.length).toBeGreaterThan(0);
    const labelling = await search(page, '数据标注');
    expect(labelling.length).toBeGreaterThan(0);
    expect(labelling.join()).toContain('数据标注');
    expect(await page.getByRole('status').filter({ hasText: '找到' }).innerText()).toMatch(/找到 \d+ 条岗位/);
  });

  it('narrows the list with a filter combination, and offers to widen an empty result', async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /找工作/ }).click();
    const all = Number(/找到 (\d+) 条/.exec(await page.getByRole('status').filter({ hasText: '找到' }).innerText())?.[1]);
    await page.getByRole('button', { name: '筛选条件' }).click();
    await page.getByRole('button', { name: '辅助性就业' }).click();
    await page.getByRole('button', { name: '智力残疾' }).click();
    await page.getByRole('button', { name: '看结果' }).click();
    const status = await page.getByRole('status').filter({ hasText: /找到|没有找到/ }).innerText();
    const narrowed = Number(/找到 (\d+) 条/.exec(status)?.[1] ?? 0);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    // Every result on the page is assisted employment.
    const types = await page.locator('.result-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-announce') ?? ''));
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((label) => label.endsWith('辅助性就业'))).toBe(true);
    const none = await search(page, '不存在的岗位名称');
    expect(none).toEqual([]);
    await page.getByRole('button', { name: '放宽条件' }).click();
    await page.getByRole('status').filter({ hasText: `找到 ${all} 条` }).waitFor();
  });

  it('keypad only, with voice: finds a job, hears it, registers interest with a masked ID, hears the reference', async () => {
    const page = await kiosk.openHome();
    await press(page, 'Enter'); // audio mode
    await press(page, '1'); // jobs
    await page.locator('main[data-screen="jobs"]').waitFor();
    await page.locator('.result-item').first().waitFor();
    // Down through the screen to the second listing, hearing its place in the results, then Enter.
    for (let i = 0; i < 12; i += 1) {
      await press(page, 'ArrowDown');
      if ((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['spokenPosition'] ?? '')).startsWith('第2条')) break;
    }
    await press(page, 'Enter');
    await page.locator('main[data-screen="job_detail"]').waitFor();
    // Seed listings are examples with no employer number: the screen says both (issue #13).
    expect(await page.getByTestId('demo-notice').innerText()).toBe('示例数据，不是真实岗位');
    const details = await page.locator('.detail-list').innerText();
    expect(details).toContain('通过驿站联系');
    expect(details).not.toMatch(/0\d{2,3}-\d{7,8}/);
    await press(page, '2'); // read all
    await press(page, '1'); // I want this job
    await page.locator('main[data-screen="job_interest"]').waitFor();
    await press(page, 'ArrowDown'); // to the name field
    await page.keyboard.type('王小明');
    await press(page, 'Enter');
    await page.getByRole('heading', { name: '您的手机号码是多少？' }).waitFor();
    for (const digit of '13812345678') await press(page, digit);
    await saveScreenshot(page, 'interest-phone');
    await selectByKeypad(page, '下一步');
    await page.getByRole('heading', { name: /身份证号码/ }).waitFor();
    for (const digit of VALID_ID.slice(0, 17)) await press(page, digit);
    await selectByKeypad(page, 'X'); // the check character is X for this number
    expect(await page.getByTestId('numpad-display').innerText()).toBe(`**************${VALID_ID.slice(-4)}`);
    await selectByKeypad(page, '下一步');
    await page.getByRole('heading', { name: /残疾类别/ }).waitFor();
    await press(page, '2'); // decline
    await page.getByRole('heading', { name: '请核对您的信息' }).waitFor();
    await saveScreenshot(page, 'interest-review');
    expect(await page.getByTestId('review-phone').innerText()).toBe('*******5678');
    await selectByKeypad(page, '确认提交');
    await page.getByRole('heading', { name: '登记成功' }).waitFor();
    await saveScreenshot(page, 'interest-done');
    const reference = (await page.getByTestId('reference').innerText()).replace('您的登记编号：', '');
    expect(reference).toMatch(/^J\d{5}$/);

    const transcript = (await kiosk.transcript()).join('\n');
    expect(transcript).toMatch(/第2条，\s*共\d+条/);
    expect(transcript).toContain('示例数据，不是真实岗位');
    expect(transcript).toContain('工资：');
    expect(transcript).toContain('已输入 17 位');
    expect(transcript).not.toContain(VALID_ID.slice(0, 14));
    expect(transcript).toMatch(/手机号码：尾号 五 六 七 八/);
    expect(transcript).toMatch(new RegExp(`身份证号：尾号 ${VALID_ID.slice(-4, -1).split('').map(digitWord).join(' ')} 叉`));
    expect(transcript).toContain(`您的登记编号：J ${reference.slice(1).split('').map(digitWord).join(' ')}`);

    // Stored with its outbox entry; personal fields are not readable in the row.
    const row = kiosk.shell.host.db.prepare(`SELECT s.reference, s.public_data, s.personal_data, o.state FROM submissions s JOIN outbox o ON o.item_id = s.id`).get() as {
      reference: string;
      public_data: string;
      personal_data: Buffer;
      state: string;
    };
    expect(row.reference).toBe(reference);
    expect(row.state).toBe('pending');
    expect(row.public_data).not.toContain('13812345678');
    expect(row.personal_data.toString('latin1')).not.toContain('13812345678');
  });

  it('keypad only: a wrong mobile number is shown beside the pad, tied to it, and its summary item takes focus back to the pad', async () => {
    const h = await keypadHarness(kiosk);
    await h.press('select'); // audio mode
    await h.pressDigits('1'); // jobs
    await kiosk.page.locator('.result-item').first().waitFor();
    await h.pressDigits('1'); // the first listing
    await h.waitForScreen('job_detail');
    await h.pressDigits('1'); // 我想做这份工作
    await h.waitForHeading('您叫什么名字？');
    await h.spell('王芳', ['wang', 'fang']);
    await h.press('select');
    await h.waitForHeading('您的手机号码是多少？');
    await h.pressDigits('12345678901'); // the second digit of a mobile number is 3 to 9
    const message = '手机号码：应该以1开头，第二位是3到9，请检查。';
    const page = kiosk.page;
    await page.getByRole('alert').filter({ hasText: message }).waitFor();

    // GOV.UK error message: beside the pad too, tied to it by aria-describedby, the pad marked invalid (WCAG 3.3.1).
    const display = page.getByTestId('numpad-display');
    expect(await display.getAttribute('aria-invalid')).toBe('true');
    const described = await display.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => ({ text: document.getElementById(id)?.textContent ?? '', live: document.getElementById(id)?.closest('[role="alert"], [role="status"], [aria-live]') !== null })),
    );
    expect(described).toEqual([
      { text: '用下面的数字键输入11位手机号码。', live: false },
      { text: message, live: false }, // not a live region: the summary alone says it when it appears
    ]);
    const spokenOnce = (await h.transcript()).filter((line) => line.includes('应该以1开头'));
    expect(spokenOnce).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    // The summary has focus; Down reaches its item, a link to the field; Confirm moves focus to the pad,
    // which says what it holds, its hint and its error (GOV.UK error summary; EN 301 549 5.1.3.15).
    await h.press('down');
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])).toEqual(['A', message]);
    const before = (await h.transcript()).length;
    await h.press('select');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('numpad-display');
    const heard = (await h.transcript()).slice(before).join('');
    expect(heard).toMatch(/^已输入 11 位.*用下面的数字键输入11位手机号码.*手机号码：应该以1开头.*第\d+项/);
    await h.assertKeypadOnly();
    expect(kiosk.pageErrors).toEqual([]);
  });
});

const zhDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function digitWord(digit: string): string {
  return zhDigits[Number(digit)] ?? digit;
}
