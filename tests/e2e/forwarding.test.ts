import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { startTestCentral, TEST_STATION_ID, TEST_STATION_SECRET } from '../support/centralForTests.js';
import { useKioskSession } from './support/kioskSession.js';
import { saveScreenshot } from './support/screenshots.js';

/** A loopback port nothing listens on yet, so the kiosk can be pointed at a central API that is down. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe('offline sign-up, delivered when the central API comes back', () => {
  let port: number;
  const stops: (() => Promise<void>)[] = [];
  const kiosk = useKioskSession({
    options: async () => {
      port = await freePort();
      return {
        central: { baseUrl: `http://127.0.0.1:${port}`, stationId: TEST_STATION_ID, secret: TEST_STATION_SECRET },
        // A station ticks every 30 s; here every 300 ms, so "comes back" shows within a second.
        syncTiming: { tickMs: 300, requestTimeoutMs: 1_000, retryPolicy: { baseMs: 200, maxMs: 1_000 } },
      };
    },
    station: { speechEngine: 'recording' },
    cleanup: async () => {
      for (const stop of stops) await stop();
    },
  });

  it('shows "已保存，联网后自动提交" with the server down, then delivers and the status area updates', async () => {
    const page = await kiosk.openHome();
    const status = page.getByTestId('status-area');
    await status.filter({ hasText: '未联网' }).waitFor();

    await page.getByRole('button', { name: /报名培训/ }).click();
    await page.locator('.result-item').first().click();
    await page.locator('.session-list button').filter({ hasText: '还有' }).first().click();
    await page.getByRole('heading', { name: '您的身份证号码是多少？' }).waitFor();
    const first17 = '37010219850612345';
    for (const digit of `${first17}${idChecksumChar(first17)}`) await page.locator(`main [data-numpad-key="${digit}"]`).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('main input').fill('王芳');
    await page.getByRole('button', { name: '下一步' }).click();
    for (const digit of '13812345678') await page.locator(`main [data-numpad-key="${digit}"]`).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '不愿意，跳过' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();

    await page.getByRole('heading', { name: '报名成功' }).waitFor();
    await page.getByText('已保存，联网后自动提交').waitFor();
    await status.filter({ hasText: '待提交 1 条' }).waitFor();
    expect(await status.innerText()).toContain('未联网');
    await saveScreenshot(page, 'offline-signup-saved');

    // The central API comes back on the address the kiosk was given.
    const central = await startTestCentral({ port });
    stops.push(() => central.close());
    await status.filter({ hasText: '已联网' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => status.innerText()).not.toContain('待提交');
    expect(central.server.submissionCount()).toBe(1);
    const reference = await page.getByTestId('reference').innerText();
    const delivered = kiosk.shell.host.db.prepare(`SELECT state FROM outbox WHERE item_kind = 'submission'`).all();
    expect(delivered).toEqual([{ state: 'delivered' }]);
    // What reached the server is this resident's sign-up: the reference they were given.
    const submissionId = kiosk.shell.host.db.prepare(`SELECT item_id FROM outbox WHERE item_kind = 'submission'`).pluck().get();
    const sent = typeof submissionId === 'string' ? central.server.submission(submissionId)?.body.reference : undefined;
    expect(sent).toMatch(/^T\d{5}$/);
    expect(reference).toContain(sent);
    await saveScreenshot(page, 'offline-signup-delivered');
  });
});
