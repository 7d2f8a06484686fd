/// <reference lib="dom" />
// (DOM types because the page.evaluate callbacks below run inside Chromium.)
// bench/speech-latency: time from a keydown to the speech engine receiving the utterance, through the
// whole renderer path (key map → filter → focus move → describe → speech queue → engine), in Chromium.
// Run with `npm run bench:speech`. Target (issue #3): p95 ≤ 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startBrowserShell } from '../electron/browserShell/startBrowserShell.js';
import { createMemoryLogger } from '../electron/logging/logger.js';
import { createSettingsStore, defaultStationConfig } from '../electron/store/settingsStore.js';

const PRESSES = 200;
const chromiumPath = process.env['KIOSK_TEST_CHROMIUM'] ?? '/usr/bin/chromium';

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-speech-'));
  const started = await startBrowserShell({ dataDir, port: 0, logger: createMemoryLogger() });
  if (!started.ok) throw new Error(started.error);
  const shell = started.value;
  // The recording engine timestamps each utterance on arrival; no double-strike filter, so every press counts.
  createSettingsStore(shell.host.db).saveStationConfig({ ...defaultStationConfig, speechEngine: 'recording', doubleStrikeMs: 0 }, new Date());
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await page.goto(shell.url);
  await page.locator('main[data-screen="home"] h1').waitFor();
  await page.keyboard.press('Enter'); // start audio mode
  await page.waitForTimeout(100);
  await page.evaluate(() => {
    const times: number[] = [];
    Object.defineProperty(window, '__benchKeyTimes', { value: times });
    window.addEventListener('keydown', (event) => times.push(event.timeStamp), { capture: true });
  });

  for (let i = 0; i < PRESSES; i += 1) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
    await page.waitForTimeout(15);
  }
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(() => {
    const keyTimes = (window as unknown as { __benchKeyTimes: number[] }).__benchKeyTimes;
    const arrivals = (window as unknown as { __kioskSpeechRecording: { transcript: { at: number }[] } }).__kioskSpeechRecording.transcript.map((u) => u.at);
    return keyTimes.map((keyAt) => {
      const arrival = arrivals.find((at) => at >= keyAt);
      return arrival === undefined ? Number.NaN : arrival - keyAt;
    });
  });
  await browser.close();
  await shell.close();
  rmSync(dataDir, { recursive: true, force: true });

  const measured = latencies.filter((value) => Number.isFinite(value));
  const result = {
    presses: PRESSES,
    measured: measured.length,
    p50Ms: +percentile(measured, 50).toFixed(2),
    p95Ms: +percentile(measured, 95).toFixed(2),
    maxMs: +Math.max(...measured).toFixed(2),
    targetP95Ms: 50,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`speech latency p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms (target ≤ 50) over ${measured.length} key presses\n`);
}

void main();
