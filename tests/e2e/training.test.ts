import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { press, selectByKeypad } from './support/keypad.js';
import { useKioskSession } from './support/kioskSession.js';
import { saveScreenshot } from './support/screenshots.js';

function validId(first17: string): string {
  return `${first17}${idChecksumChar(first17)}`;
}

async function openCourse(page: Page, searchText: string, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: /报名培训/ }).click();
  await page.getByRole('searchbox', { name: /搜索课程/ }).fill(searchText);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /找到 \d+ 门/ }).waitFor();
  await page.getByRole('button', { name: title }).first().click();
  await page.locator('main[data-screen="course_detail"]').waitFor();
}

async function typeOnPad(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.locator(`main [data-numpad-key="${digit}"]`).click();
}

describe('training sign-up', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording', stationPhone: '0530-5612345' } });

  it('by touch: signs up for a class with places and gets a receipt; a second sign-up is refused', async () => {
    const id = validId('37170219900307123');
    for (const attempt of [1, 2]) {
      const page = await kiosk.openHome();
      await openCourse(page, '直播', /直播/);
      if (attempt === 1) expect(await page.getByTestId('demo-notice').innerText()).toBe('示例数据，不是真实课程'); // seed courses are examples (issue #13)
      const open = page.locator('.session-list button').filter({ hasText: '还有' }).first();
      await open.click();
      await page.getByRole('heading', { name: '您的身份证号码是多少？' }).waitFor();
      await typeOnPad(page, id);
      await page.getByRole('button', { name: '下一步' }).click();
      await page.locator('main input').fill('张三');
      await page.getByRole('button', { name: '下一步' }).click();
      await typeOnPad(page, '13912345678');
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByRole('button', { name: '不愿意，跳过' }).click();
      await page.getByRole('heading', { name: '请核对报名信息' }).waitFor();
      expect(await page.getByTestId('review-idNumber').innerText()).toBe(`**************${id.slice(-4)}`);
      if (attempt === 1) await saveScreenshot(page, 'training-review');
      await page.getByRole('button', { name: '确认提交' }).click();
      if (attempt === 1) {
        await page.getByRole('heading', { name: '报名成功' }).waitFor();
        expect(await page.getByTestId('reference').innerText()).toMatch(/T\d{5}/);
        expect(await page.getByTestId('receipt').innerText()).toContain('上课时请带');
        expect(await page.getByTestId('receipt').innerText()).toContain('驿站电话：0530-5612345');
        await saveScreenshot(page, 'training-receipt');
      } else {
        await page.getByRole('alert').filter({ hasText: '您已经用这个身份证号报名了这一期' }).waitFor();
      }
    }
  });

  it('review and receipt at the largest text size (screenshots), with the QR code carrying the reference', async () => {
    kiosk.configureStation({ speechEngine: 'recording', defaultTextSize: 'largest' });
    const page = await kiosk.openHome();
    await openCourse(page, '家政', /家政/);
    await page.locator('.session-list button').filter({ hasText: '还有' }).first().click();
    await typeOnPad(page, validId('37170219880808123'));
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('main input').fill('孙七');
    await page.getByRole('button', { name: '下一步' }).click();
    await typeOnPad(page, '13512345678');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '不愿意，跳过' }).click();
    await page.getByRole('heading', { name: '请核对报名信息' }).waitFor();
    await saveScreenshot(page, 'training-review-largest');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByRole('heading', { name: '报名成功' }).waitFor();
    await saveScreenshot(page, 'training-receipt-largest');
    const reference = (await page.getByTestId('reference').innerText()).replace('您的报名编号：', '');
    expect(await page.getByTestId('qr-code').getAttribute('data-qr-text')).toBe(reference);
    expect(await page.locator('[data-testid="qr-code"] rect').count()).toBeGreaterThan(100);
    kiosk.configureStation({ speechEngine: 'recording' });
  });

  it('with consent, the 残疾人证号 is checked against the ID and its category and grade are shown in words', async () => {
    const id = validId('37170219800202456');
    const page = await kiosk.openHome();
    await openCourse(page, '手工', /手工|文创|美丽/);
    await page.locator('.session-list button').filter({ hasText: '还有' }).first().click();
    await typeOnPad(page, id);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('main input').fill('周八');
    await page.getByRole('button', { name: '下一步' }).click();
    await typeOnPad(page, '13812340000');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '愿意，输入证号' }).click();
    await page.getByRole('heading', { name: /残疾人证号后两位/ }).waitFor();
    await typeOnPad(page, '43'); // category 4 (肢体), grade 3
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '请核对报名信息' }).waitFor();
    expect(await page.getByTestId('review-card').innerText()).toBe('肢体残疾，三级');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByRole('heading', { name: '报名成功' }).waitFor();
  });

  it('a full class leads to the waiting list', async () => {
    const page = await kiosk.openHome();
    await openCourse(page, '按摩', /盲人保健按摩初级班/);
    await page.locator('.session-list button').filter({ hasText: '已满' }).first().click();
    await page.getByRole('heading', { name: /这一期已经满了/ }).waitFor();
    await page.getByRole('button', { name: '要，排队候补' }).click();
    await typeOnPad(page, validId('37170219850101234'));
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('main input').fill('李四');
    await page.getByRole('button', { name: '下一步' }).click();
    await typeOnPad(page, '13712345678');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '不愿意，跳过' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByRole('heading', { name: '已排队候补' }).waitFor();
  });

  it('keypad only, with voice: the review read-out masks the numbers and the reference is spoken', async () => {
    const id = validId('37170219920505111');
    const page = await kiosk.openHome();
    await press(page, 'Enter'); // audio mode
    await press(page, '2'); // training
    await page.locator('.result-item').first().waitFor();
    await press(page, '2'); // second course on the page
    await page.locator('main[data-screen="course_detail"]').waitFor();
    const open = await page.locator('.session-list button').evaluateAll((buttons) => buttons.findIndex((b) => (b.textContent ?? '').includes('还有')));
    await press(page, String(open + 1));
    await page.getByRole('heading', { name: '您的身份证号码是多少？' }).waitFor();
    for (const digit of id) {
      if (digit === 'X') await selectByKeypad(page, 'X');
      else await press(page, digit);
    }
    await selectByKeypad(page, '下一步');
    await press(page, 'ArrowDown');
    await page.keyboard.type('赵六');
    await press(page, 'Enter');
    await page.getByRole('heading', { name: '您的手机号码是多少？' }).waitFor();
    for (const digit of '13612345678') await press(page, digit);
    await selectByKeypad(page, '下一步');
    await press(page, '2'); // no certificate
    await page.getByRole('heading', { name: '请核对报名信息' }).waitFor();
    await selectByKeypad(page, '确认提交');
    await page.getByRole('heading', { name: '报名成功' }).waitFor();
    const reference = (await page.getByTestId('reference').innerText()).replace('您的报名编号：', '');
    const transcript = (await kiosk.transcript()).join('\n');
    const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const spell = (text: string): string => text.split('').map((c) => digits[Number(c)] ?? (c === 'X' ? '叉' : c)).join(' ');
    expect(transcript).toContain(`身份证号：尾号 ${spell(id.slice(-4))}`);
    expect(transcript).toContain('手机号码：尾号 五 六 七 八');
    expect(transcript).not.toContain(id.slice(0, 10));
    expect(transcript).toContain(`您的报名编号：T ${spell(reference.slice(1))}`);
  });
});
