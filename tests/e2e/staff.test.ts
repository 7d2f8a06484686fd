import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { queueSubmissions } from '../support/queuedSubmissions.js';
import { runScriptedVisits, threeVisits } from '../support/scriptedVisits.js';
import { signInStaff, TEST_STAFF_PIN } from '../support/staffSession.js';
import { axeViolations } from './support/axe.js';
import { press } from './support/keypad.js';
import { useKioskSession, type KioskSession } from './support/kioskSession.js';
import { saveScreenshot } from './support/screenshots.js';
import { saveWholeView, signInByTouch, typeOnPad } from './support/staffScreens.js';

declare global {
  interface Window {
    __tones?: number;
    __prints?: number;
  }
}

/** Counts chime tones and print-page openings, so the test can tell the alert was heard and the report printed. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__tones = 0;
    window.__prints = 0;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      override createOscillator(): OscillatorNode {
        window.__tones = (window.__tones ?? 0) + 1;
        return super.createOscillator();
      }
    };
    window.print = () => {
      window.__prints = (window.__prints ?? 0) + 1;
    };
  });
}

async function countOf(page: Page, table: 'visits' | 'submissions' | 'modes', key: string): Promise<string> {
  return page.locator(`[data-testid="counts-${table}"] tr[data-count="${key}"] td`).innerText();
}

const SECRET = 'station-secret-0123456789';

function auditActions(kiosk: KioskSession): string[] {
  return (kiosk.shell.host.db.prepare(`SELECT action FROM audit_log WHERE action LIKE 'staff.%' ORDER BY id`).all() as { action: string }[]).map(
    (row) => row.action,
  );
}

describe('staff mode (issue #8)', () => {
  const kiosk = useKioskSession({
    station: { speechEngine: 'recording' },
    // The PIN is set first, so the first visit on screen is the resident's own (first-start setting is tested below).
    prepare: async ({ shell }) => {
      const token = await signInStaff(shell.host.router);
      await shell.host.router.dispatch('staff.signOut', { token, reason: 'exit' });
    },
  });

  it('a resident calls staff; the correct PIN opens the dashboard with the call (seen and heard) and correct counts', async () => {
    const { router, db } = kiosk.shell.host;
    await runScriptedVisits(router, threeVisits);
    const [refused] = queueSubmissions(db, kiosk.dataDir, 1);
    db.prepare(`UPDATE outbox SET state = 'rejected', last_error = 'central:closed', attempts = 1 WHERE item_id = ?`).run(refused);

    const page = await kiosk.openHome({ beforeLoad: instrument });
    await page.getByRole('button', { name: '帮助', exact: true }).click();
    await page.getByRole('button', { name: '呼叫工作人员' }).click();
    await page.getByText('已通知工作人员').waitFor();
    await signInByTouch(page);

    const alert = page.getByTestId('call-alert');
    expect(await alert.innerText()).toMatch(/有居民在呼叫工作人员（共 1 次，最近一次 .+）/);
    await expect.poll(() => page.evaluate(() => window.__tones ?? 0)).toBeGreaterThan(0);
    await expect.poll(() => kiosk.transcript()).toContainEqual(expect.stringContaining('有居民在呼叫工作人员'));

    // The three scripted visits, counted from local statistics; the visit in progress is not counted yet.
    expect(await countOf(page, 'visits', 'total')).toBe('3');
    expect([await countOf(page, 'visits', 'jobs'), await countOf(page, 'visits', 'training'), await countOf(page, 'visits', 'subsidies')]).toEqual(['1', '1', '1']);
    expect([await countOf(page, 'visits', 'completed'), await countOf(page, 'visits', 'timed_out'), await countOf(page, 'visits', 'abandoned')]).toEqual(['1', '1', '1']);
    expect(await countOf(page, 'submissions', 'job_interest')).toBe('3'); // 2 in the visits + 1 queued directly
    expect([await countOf(page, 'modes', 'audio'), await countOf(page, 'modes', 'large_text'), await countOf(page, 'modes', 'easy_read')]).toEqual(['1', '2', '1']);
    // 2 + 1 submissions and 3 visits, less the refused one, plus the audit entries waiting to be forwarded.
    const waitingAudit = (kiosk.shell.host.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending' AND item_kind = 'audit'`).get() as { n: number }).n;
    expect(waitingAudit).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('forwarding-pending').innerText()).toMatch(new RegExp(`待提交\\s*${5 + waitingAudit} 条`));
    expect(await page.getByTestId('rejected-item').innerText()).toMatch(/求职登记 J\d{5}[\s\S]*已经截止或下架（central:closed）/);
    expect(await axeViolations(page)).toEqual([]);
    await saveWholeView(page, 'staff-dashboard');

    await page.getByRole('button', { name: '知道了，我去处理' }).click();
    await alert.waitFor({ state: 'detached' });
    // A call made while the dashboard is open appears at once, with the chime again.
    const tones = await page.evaluate(() => window.__tones ?? 0);
    await router.dispatch('staff.call', {});
    await alert.waitFor();
    await expect.poll(() => page.evaluate(() => window.__tones ?? 0)).toBeGreaterThan(tones);

    // The daily report: the same counts, printable.
    await page.getByRole('button', { name: '每日统计表', exact: true }).click();
    await page.getByTestId('staff-report').waitFor();
    expect(await page.getByTestId('staff-report').innerText()).not.toMatch(/测试居民|1391234000/);
    await page.getByRole('button', { name: '打印统计表' }).click();
    await expect.poll(() => page.evaluate(() => window.__prints ?? 0)).toBe(1);
    await saveWholeView(page, 'staff-report');
    expect(auditActions(kiosk)).toEqual(expect.arrayContaining(['staff.signed_in', 'staff.calls_acknowledged', 'staff.report_printed']));
    expect(kiosk.pageErrors).toEqual([]);
  });

  it("an assisted visit marks its submissions and gives the resident's large text and high contrast back on hand-back", async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: /看得清、听得见/ }).click();
    await page.getByRole('button', { name: '最大', exact: true }).click();
    await page.getByRole('button', { name: '黑底黄字' }).click();
    const appearance = async () => [await page.locator('html').getAttribute('data-text-size'), await page.locator('html').getAttribute('data-theme')];
    expect(await appearance()).toEqual(['largest', 'yellow_on_black']);

    // Staff step in: the staff view uses the station's defaults; the resident's settings are put aside.
    await signInByTouch(page);
    expect(await appearance()).toEqual(['standard', 'default']);
    await page.getByRole('button', { name: '代居民办理' }).click();
    await page.locator('main[data-screen="home"]').waitFor();
    expect(await page.getByTestId('assist-banner').innerText()).toContain('工作人员正在代居民办理');

    await page.getByRole('button', { name: /找工作/ }).click();
    await page.locator('.result-item').first().click();
    await page.getByRole('button', { name: '我想做这份工作' }).click();
    await page.locator('main input').fill('李四');
    await page.getByRole('button', { name: '下一步' }).click();
    await typeOnPad(page, '13912345678');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '不填，下一步' }).click();
    await page.getByRole('button', { name: '不愿意，跳过' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByRole('heading', { name: '登记成功' }).waitFor();

    await page.getByRole('button', { name: '交还给居民' }).click();
    await page.getByTestId('assist-banner').waitFor({ state: 'detached' });
    expect(await appearance()).toEqual(['largest', 'yellow_on_black']);

    const { db } = kiosk.shell.host;
    const latest = db.prepare(`SELECT s.staff_assisted, v.staff_assisted AS visit_assisted FROM submissions s JOIN visits v ON v.id = s.visit_id ORDER BY s.created_at DESC LIMIT 1`).get();
    expect(latest).toEqual({ staff_assisted: 1, visit_assisted: 1 });
    expect(auditActions(kiosk).slice(-3)).toEqual(['staff.signed_in', 'staff.assist_started', 'staff.handed_back']);
    expect(kiosk.pageErrors).toEqual([]);
  });

  it('refuses invalid settings with field-named errors; a changed idle timeout takes effect at once; staff mode times out sooner', async () => {
    const page = await kiosk.openHome({ beforeLoad: (p) => p.clock.install() });
    await signInByTouch(page);
    await page.getByRole('button', { name: '站点设置', exact: true }).click();
    await page.getByTestId('setting-idleTimeout').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveWholeView(page, 'staff-settings');

    await page.getByTestId('setting-idleTimeout').fill('10');
    await page.getByTestId('setting-baseUrl').fill('http://jy.example.gov.cn/kiosk/');
    await page.getByTestId('setting-stationId').fill('JN-lixia-01');
    await page.getByTestId('setting-secret').fill(SECRET);
    await page.getByRole('button', { name: '显示按键设置' }).click();
    await page.getByTestId('key-help').fill('Enter');
    await page.getByRole('button', { name: '保存设置' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '请先改正下面的问题' });
    await summary.waitFor();
    const problems = await summary.innerText();
    expect(problems).toContain('无人操作多少秒后结束服务：请填 30 到 1800 之间的整数。');
    expect(problems).toContain('中心平台地址：必须以 https:// 开头');
    expect(problems).toContain('键盘按键：“Enter”键已经用于“确认”，不能再用于“帮助”。');
    // Inline too, beside each field.
    expect(await page.locator('.staff-field-invalid').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'staff-settings-errors');

    // Everything the page receives from the host from now on, to show the secret never comes back.
    const received: string[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST') void response.text().then((body) => received.push(body), () => undefined);
    });
    await page.getByTestId('setting-idleTimeout').fill('45');
    await page.getByTestId('setting-baseUrl').fill('http://127.0.0.1:9/');
    await page.getByTestId('setting-secret').fill(SECRET);
    await page.getByTestId('key-help').fill('# F1 ?');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByTestId('settings-status').filter({ hasText: '设置已保存，已经生效。' }).waitFor();
    expect(kiosk.shell.host.db.prepare(`SELECT value FROM settings WHERE key = 'station.public'`).get()).toEqual({
      value: expect.stringContaining('"idleTimeoutSeconds":45'),
    });
    // The secret is write-only: the field is empty again and says one is stored; the page never holds it.
    expect(await page.getByTestId('setting-secret').inputValue()).toBe('');
    await page.getByText('已经保存了密钥，不会显示出来').waitFor();
    expect(await page.content()).not.toContain(SECRET);
    expect(received.length).toBeGreaterThan(0);
    expect(received.join('\n')).not.toContain(SECRET);

    // The speech test phrase, through the chosen engine (the recording one here), is an audited action.
    await page.getByRole('button', { name: '试听' }).click();
    await expect.poll(() => kiosk.transcript()).toContainEqual(expect.stringContaining('这是语音测试'));
    await expect.poll(() => auditActions(kiosk).at(-1)).toBe('staff.speech_tested');

    // No reload: leave staff mode for a fresh visit, which already uses 45 s.
    await page.getByRole('button', { name: '退出工作人员模式' }).click();
    await page.locator('main[data-screen="home"]').waitFor();
    await page.getByRole('button', { name: /找工作/ }).click(); // the resident's first action starts the visit
    await page.locator('main[data-screen="jobs"]').waitFor();
    const dialog = page.getByRole('alertdialog');
    await page.clock.runFor(40_000);
    expect(await dialog.count()).toBe(0);
    await page.clock.runFor(6_000);
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '继续使用' }).click(); // one touch extends
    await dialog.waitFor({ state: 'detached' });

    // Staff mode times out sooner (22 s for a 45 s station) and ends in a fresh visit, signed out.
    await signInByTouch(page);
    await page.clock.runFor(23_000);
    await dialog.waitFor();
    await page.clock.runFor(31_000);
    await page.locator('main[data-screen="home"]').waitFor();
    await expect.poll(() => auditActions(kiosk).at(-1)).toBe('staff.timed_out');
    expect(await page.locator('.kiosk-nav').getByRole('button', { name: '工作人员入口' }).count()).toBe(1);
    expect(kiosk.pageErrors).toEqual([]);
  });

  it('locks entry after a wrong PIN 5 times, even for the right PIN', async () => {
    const page = await kiosk.openHome();
    await page.getByRole('button', { name: '工作人员入口', exact: true }).click();
    await page.locator('main[data-screen="staff"] [data-numpad-key="5"]').waitFor();
    const summary = page.getByRole('alert').filter({ hasText: '请先改正下面的问题' });
    for (const left of [4, 3, 2, 1]) {
      await typeOnPad(page, '135792');
      await page.getByRole('button', { name: '进入', exact: true }).click();
      await summary.filter({ hasText: `还可以再试 ${left} 次` }).waitFor();
    }
    await typeOnPad(page, '135792');
    await page.getByRole('button', { name: '进入', exact: true }).click();
    await summary.filter({ hasText: '输错次数太多，已暂时锁定' }).waitFor();
    await saveScreenshot(page, 'staff-locked');
    await typeOnPad(page, TEST_STAFF_PIN);
    await page.getByRole('button', { name: '进入', exact: true }).click();
    await page.waitForTimeout(300);
    expect(await page.locator('main[data-screen="staff"] [data-numpad-key="5"]').count()).toBe(1); // still the PIN pad
    expect(await summary.innerText()).toContain('输错次数太多');
    expect(auditActions(kiosk).slice(-7)).toEqual([
      'staff.sign_in_failed',
      'staff.sign_in_failed',
      'staff.sign_in_failed',
      'staff.sign_in_failed',
      'staff.sign_in_failed',
      'staff.entry_locked',
      'staff.sign_in_refused',
    ]);
    // After a reload the lock is still shown before anything is typed.
    const again = await kiosk.openHome();
    await again.getByRole('button', { name: '工作人员入口', exact: true }).click();
    await again.getByRole('alert').filter({ hasText: '输错次数太多' }).waitFor();
    expect(kiosk.pageErrors).toEqual([]);
  });
});

describe('staff mode by keypad alone (issue #8)', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording' } });

  it('the first start forces a PIN, set on the keypad without its digits ever being spoken or shown', async () => {
    const page = await kiosk.openHome();
    await press(page, 'ArrowDown'); // audio mode on
    await press(page, 'ArrowUp'); // up from the heading wraps to the nav bar's last button
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('工作人员入口');
    await press(page, 'Enter');
    await page.getByRole('heading', { name: '设置工作人员密码' }).waitFor();
    for (const digit of TEST_STAFF_PIN) await press(page, digit); // digit keys type on the pad
    expect(await page.getByTestId('numpad-display').innerText()).toBe('●●●●●●');
    await page.getByRole('button', { name: '下一步' }).focus();
    await press(page, 'Enter');
    await page.getByRole('heading', { name: '请再输入一次新密码' }).waitFor();
    for (const digit of TEST_STAFF_PIN) await press(page, digit);
    await page.getByRole('button', { name: '保存密码' }).focus();
    await press(page, 'Enter');
    await page.getByTestId('counts-visits').waitFor();

    const transcript = await kiosk.transcript();
    expect(transcript.join('\n')).toContain('工作人员在这里管理机器');
    expect(transcript.filter((line) => line.includes('已输入 6 位')).length).toBeGreaterThanOrEqual(2);
    // EN 301 549 5.1.3.8: masked input is not spoken, digit by digit or whole.
    expect(transcript.filter((line) => /\S，已输入 \d+ 位|二 四 六|246813/.test(line))).toEqual([]);

    // Digits pick the dashboard's numbered actions; Up from the top reaches the staff nav bar's exit.
    await press(page, '2'); // send now (starts audio mode again first: the staff view began with the defaults)
    await press(page, '2');
    // No central API is set up on this kiosk, and the audit log is waiting to be sent: staff are told so.
    await page.getByTestId('staff-action-status').filter({ hasText: /还没有设置中心平台/ }).waitFor();
    await page.locator('main h1').focus();
    await press(page, 'ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('退出工作人员模式');
    await press(page, 'Enter');
    await page.locator('main[data-screen="home"]').waitFor();
    expect(await page.locator('.kiosk-nav').getByRole('button', { name: '工作人员入口' }).count()).toBe(1);
    expect(kiosk.pageErrors).toEqual([]);
  });
});
