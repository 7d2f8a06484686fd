import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { startTestCentral } from '../support/centralForTests.js';
import { press } from './support/keypad.js';
import { longPressForAudio } from './support/touch.js';
import { startKioskSession, type KioskSession } from './support/kioskSession.js';
import { saveScreenshot } from './support/screenshots.js';

// A resident with a disability certificate, in flexible work, opening a small shop: the answer to each
// question the check may ask, as [the button's label, its number on the keypad].
const ANSWERS: Readonly<Record<string, readonly [string, number]>> = {
  '您有残疾人证吗？': ['有', 1],
  '您现在工作吗？': ['灵活就业（自己干、打零工、网上接单）', 2],
  '您没有工作已经一年以上了吗？': ['不是', 2],
  '您是高校毕业生吗？哪一年毕业？': ['不是高校毕业生', 4],
  '您开了店或公司吗？或者正在办？': ['个体工商户（小店）', 2],
};
const UNKNOWN_LABEL = '不知道';

/** The status lookup's two questions: the 身份证号, then the phone's last 4 digits, on the on-screen pad. */
async function enterIdentity(page: Page, idNumber: string, phoneLast4: string): Promise<void> {
  for (const digit of idNumber) await page.locator(`main [data-numpad-key="${digit}"]`).click();
  await page.getByRole('button', { name: '下一步' }).click();
  for (const digit of phoneLast4) await page.locator(`main [data-numpad-key="${digit}"]`).click();
  await page.getByRole('button', { name: '下一步' }).click();
}

async function questionHeading(page: Page): Promise<string | null> {
  const main = page.locator('main[data-screen="eligibility_check"]');
  await main.locator('h1').waitFor();
  if (await main.locator('.verdict-list').isVisible()) return null;
  return (await main.locator('h1').innerText()).trim();
}

/** Every verdict on the result page, with what it shows and what is announced for it. */
async function verdictsShown(page: Page): Promise<{ id: string; verdict: string; announce: string }[]> {
  return page.locator('[data-testid^="verdict-"]').evaluateAll((items) =>
    items.map((item) => ({
      id: (item.getAttribute('data-testid') ?? '').replace('verdict-', ''),
      verdict: item.getAttribute('data-verdict') ?? '',
      announce: item.getAttribute('data-announce') ?? '',
    })),
  );
}

async function expectResultSpoken(kiosk: KioskSession, page: Page): Promise<void> {
  const verdicts = await verdictsShown(page);
  expect(verdicts.length).toBeGreaterThanOrEqual(10);
  const byId = new Map(verdicts.map((entry) => [entry.id, entry]));
  expect(byId.get('social-insurance-subsidy')?.verdict).toBe('likely');
  expect(byId.get('social-insurance-subsidy')?.announce).toMatch(/可能可以领。因为.*灵活就业.*并且.*残疾人证/);
  expect(byId.get('startup-subsidy')?.announce).toMatch(/2000|2,000/);
  expect(byId.get('hiring-subsidy')?.verdict).toBe('not_for_individuals');
  expect(byId.get('job-seeking-subsidy')?.verdict).toBe('not_eligible');
  // Each policy's verdict and reason is spoken, word for word as shown (the speech queue speaks it
  // sentence by sentence, so the comparison ignores where the sentences were split).
  const squeeze = (text: string): string => text.replace(/\s+/g, '');
  await expect.poll(async () => {
    const spoken = squeeze((await kiosk.transcript()).join(''));
    return verdicts.filter((entry) => !spoken.includes(squeeze(entry.announce))).map((entry) => entry.id);
  }).toEqual([]);
}

describe('subsidies', () => {
  let kiosk: KioskSession;
  let central: Awaited<ReturnType<typeof startTestCentral>>;
  const first17 = '37010219850612345';
  const idNumber = `${first17}${idChecksumChar(first17)}`;
  beforeAll(async () => {
    central = await startTestCentral();
    central.server.seedApplication({
      idNumber,
      phoneLast4: '5678',
      reference: 'SD-2026-000731',
      policyId: 'social-insurance-subsidy',
      status: 'under_review',
      submittedAt: '2026-10-08T09:00:00+08:00',
      updatedAt: '2026-11-02T15:30:00+08:00',
    });
    central.server.seedServiceContact({ idNumber, kind: 'career_guidance' });
    kiosk = await startKioskSession({ central: central.credentials });
    kiosk.configureStation({ speechEngine: 'recording' });
  });
  afterAll(async () => {
    await kiosk.close();
    await central.close();
  });

  it('by touch with speech: one question per page reaches a result whose verdicts and reasons are spoken', async () => {
    const page = await kiosk.openHome();
    // A blind resident on the touchscreen: a 3 s long press starts audio mode, then touch explores
    // (one tap speaks an item, a double tap activates it).
    await longPressForAudio(page);
    expect(await page.locator('.kiosk').getAttribute('data-audio-mode')).toBe('true');
    await page.getByRole('button', { name: /查询补贴/ }).dblclick();
    await page.getByRole('button', { name: /看看我能领哪些补贴/ }).dblclick();
    const asked: string[] = [];
    for (let heading = await questionHeading(page); heading !== null; heading = await questionHeading(page)) {
      asked.push(heading);
      const [label] = ANSWERS[heading] ?? [UNKNOWN_LABEL];
      await page.getByRole('button', { name: label, exact: true }).dblclick();
      await page.waitForFunction((previous) => document.querySelector('main h1')?.textContent?.trim() !== previous, heading);
    }
    // Only questions that can change an outcome: no rule depends on age, so age is never asked.
    expect(asked).not.toContain('您今年多大岁数？');
    expect(asked.length).toBeLessThanOrEqual(8);
    await saveScreenshot(page, 'eligibility-result');
    await expectResultSpoken(kiosk, page);
    expect(kiosk.pageErrors).toEqual([]);
  });

  it('keypad only: the same check with digits, and the result read out', async () => {
    const page = await kiosk.openHome();
    await press(page, 'Enter'); // starts audio mode
    await press(page, '3');
    await page.locator('main[data-screen="subsidies"]').waitFor();
    await press(page, '1');
    for (let heading = await questionHeading(page); heading !== null; heading = await questionHeading(page)) {
      const options = await page.locator('main [data-option-number]').count();
      const [, digit] = ANSWERS[heading] ?? [UNKNOWN_LABEL, options];
      await press(page, String(digit));
      await page.waitForFunction((previous) => document.querySelector('main h1')?.textContent?.trim() !== previous, heading);
    }
    await expectResultSpoken(kiosk, page);
  });

  it('looks up an application at the reference central API and shows its status and the 12333 progress', async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /查询补贴/ }).click();
    await page.getByRole('button', { name: /查询申请进度/ }).click();
    await enterIdentity(page, idNumber, '5678');
    await page.getByRole('heading', { name: '查询结果' }).waitFor();
    const applications = await page.getByTestId('applications').innerText();
    expect(applications).toContain('社会保险补贴');
    expect(applications).toContain('审核中');
    expect(applications).toContain('SD-2026-000731');
    const progress = await page.getByTestId('progress').innerText();
    expect(progress).toContain('职业指导：1 次，目标 3 次');
    expect(progress).toContain('政策咨询：0 次，目标 2 次');
    // The ID number is masked on screen.
    expect(await page.locator('main').innerText()).not.toContain(idNumber);
    await saveScreenshot(page, 'status-lookup-result');
  });

  it('with the central API stopped, the lookup says so plainly and leaves a stored request', async () => {
    await central.close(); // the central API is gone: connection refused
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /查询补贴/ }).click();
    await page.getByRole('button', { name: /查询申请进度/ }).click();
    // A new visit: nothing from the previous resident is remembered, so the number is entered again.
    await enterIdentity(page, idNumber, '5678');
    await page.getByRole('heading', { name: '现在查不到' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('现在连不上省里的系统');
    expect(await page.locator('main').innerText()).not.toContain(idNumber);
    await page.getByRole('button', { name: '留下查询请求' }).click();
    await page.getByRole('heading', { name: '查询请求已保存' }).waitFor();
    expect(await page.getByTestId('reference').innerText()).toMatch(/Q\d{5}/);
    const stored = kiosk.shell.host.db.prepare(`SELECT kind FROM submissions WHERE kind = 'status_request'`).all();
    expect(stored).toEqual([{ kind: 'status_request' }]);
    await saveScreenshot(page, 'status-lookup-unavailable');
  });
});
