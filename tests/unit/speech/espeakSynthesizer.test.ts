import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEspeakSynthesizer, type SynthesisRequest } from '../../../electron/speech/espeakSynthesizer.js';
import { parseWavInfo } from '../../../electron/speech/wavInfo.js';
import { createMemoryLogger } from '../../../electron/logging/logger.js';
import { makeTempDir } from '../../support/tempDir.js';

// Runs the real espeak-ng (apt package espeak-ng). CI installs it, so a missing binary fails
// these tests instead of skipping them.
const ESPEAK = '/usr/bin/espeak-ng';

const zh = (text: string, extra: Partial<SynthesisRequest> = {}): SynthesisRequest => ({ text, language: 'zh-CN', rate: 1, volume: 1, ...extra });
const en = (text: string, extra: Partial<SynthesisRequest> = {}): SynthesisRequest => ({ text, language: 'en', rate: 1, volume: 1, ...extra });

async function durationMs(request: SynthesisRequest): Promise<number> {
  const result = await createEspeakSynthesizer().synthesize(request);
  if (!result.ok) {
    throw new Error(`synthesis failed: ${result.error}`);
  }
  const info = parseWavInfo(result.value);
  if (!info.ok) {
    throw new Error('not a WAV');
  }
  return info.value.durationMs;
}

/** Largest absolute 16-bit sample, to compare loudness. */
function peak(wav: Buffer): number {
  let max = 0;
  for (let i = 44; i + 1 < wav.length; i += 2) {
    max = Math.max(max, Math.abs(wav.readInt16LE(i)));
  }
  return max;
}

describe('createEspeakSynthesizer', () => {
  it('has espeak-ng installed where CI puts it', async () => {
    expect(existsSync(ESPEAK)).toBe(true);
    expect(await createEspeakSynthesizer().available()).toBe(true);
  });

  it('speaks Mandarin as a WAV of plausible length', async () => {
    const result = await createEspeakSynthesizer().synthesize(zh('您好，请选择服务。'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.toString('ascii', 0, 4)).toBe('RIFF');
    const info = parseWavInfo(result.value);
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.value.durationMs).toBeGreaterThan(500);
    expect(info.value.durationMs).toBeLessThan(10_000);
    expect(info.value.channels).toBe(1);
  });

  it('speaks English as a WAV of plausible length', async () => {
    const ms = await durationMs(en('Hello, please choose a service.'));
    expect(ms).toBeGreaterThan(500);
    expect(ms).toBeLessThan(10_000);
  });

  it('returns a WAV whose header states its real size, not the streaming placeholder', async () => {
    const result = await createEspeakSynthesizer().synthesize(en('Hello.'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.readUInt32LE(4)).toBe(result.value.length - 8);
    expect(result.value.readUInt32LE(40)).toBe(result.value.length - 44);
  });

  it.each([
    ['zh-CN', zh('请选择您需要的服务，然后按确认键继续。')],
    ['en', en('Please choose the service you need, then press Enter to continue.')],
  ])('speaks faster at a higher rate (%s)', async (_language, request) => {
    const slow = await durationMs({ ...request, rate: 0.5 });
    const normal = await durationMs(request);
    const fast = await durationMs({ ...request, rate: 2 });
    expect(fast).toBeLessThan(normal);
    expect(normal).toBeLessThan(slow);
  });

  it('is quieter at a lower volume', async () => {
    const synth = createEspeakSynthesizer();
    const loud = await synth.synthesize(en('Hello world', { volume: 1 }));
    const quiet = await synth.synthesize(en('Hello world', { volume: 0.2 }));
    expect(loud.ok && quiet.ok).toBe(true);
    if (!loud.ok || !quiet.ok) return;
    expect(peak(quiet.value)).toBeLessThan(peak(loud.value) / 2);
  });

  it.each(['--help', '-v xx --stdout', '$(rm -rf /)', '`id`; echo pwned | cat > /tmp/x && rm -rf /'])(
    'speaks %j as text instead of reading it as options or shell',
    async (text) => {
      const ms = await durationMs(en(text));
      // --help or --version output would not be a WAV; a shell would not be involved at all.
      expect(ms).toBeGreaterThan(200);
    },
  );

  it('ignores espeak-ng embedded commands (Ctrl-A) that would override the volume', async () => {
    const synth = createEspeakSynthesizer();
    const plain = await synth.synthesize(en('hello world', { volume: 0.2 }));
    const injected = await synth.synthesize(en('\u0001200A hello world', { volume: 0.2 }));
    expect(plain.ok && injected.ok).toBe(true);
    if (!plain.ok || !injected.ok) return;
    expect(peak(injected.value)).toBeLessThan(peak(plain.value) * 1.5);
  });

  it('refuses more than maxChars code points, and counts code points not UTF-16 units', async () => {
    const synth = createEspeakSynthesizer();
    expect(await synth.synthesize(zh('好'.repeat(501)))).toEqual({ ok: false, error: 'too_long' });
    // Three CJK Extension B characters are six UTF-16 units but only three characters.
    const ext = await createEspeakSynthesizer({ maxChars: 3 }).synthesize(zh('𠀀𠀀𠀀'));
    expect(ext.ok).toBe(true);
  });

  it('refuses empty text without running espeak-ng', async () => {
    expect(await createEspeakSynthesizer().synthesize(en('  \n '))).toEqual({ ok: false, error: 'failed' });
  });

  it("reports 'unavailable' when the binary is missing", async () => {
    const synth = createEspeakSynthesizer({ binary: '/nonexistent/espeak' });
    expect(await synth.synthesize(zh('您好'))).toEqual({ ok: false, error: 'unavailable' });
    expect(await synth.available()).toBe(false);
  });

  it("reports 'failed' when the program exits non-zero or writes no WAV", async () => {
    expect(await createEspeakSynthesizer({ binary: '/bin/false' }).synthesize(en('hi'))).toEqual({ ok: false, error: 'failed' });
    // `echo` exits 0 but prints its arguments, which are not RIFF/WAVE.
    expect(await createEspeakSynthesizer({ binary: '/bin/echo' }).synthesize(en('hi'))).toEqual({ ok: false, error: 'failed' });
  });

  it("reports 'timeout' and kills espeak-ng when it runs too long", async () => {
    const synth = createEspeakSynthesizer({ timeoutMs: 1 });
    const started = Date.now();
    expect(await synth.synthesize(zh('请选择您需要的服务，然后按确认键继续。'.repeat(20)))).toEqual({ ok: false, error: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('completes requests issued at the same time, one espeak-ng after another', async () => {
    const synth = createEspeakSynthesizer();
    const texts = ['您好。', '请选择服务。', 'Hello.', '请按确认键。', 'Goodbye.', '谢谢。'];
    const results = await Promise.all(texts.map((text) => synth.synthesize(/\p{Script=Han}/u.test(text) ? zh(text) : en(text))));
    for (const result of results) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(parseWavInfo(result.value).ok).toBe(true);
    }
  });

  it('never runs two espeak-ng processes at once', async () => {
    // A wrapper that notes when it starts while another copy is still running, then runs espeak-ng.
    const dir = makeTempDir('espeak-wrapper');
    try {
      const wrapper = join(dir.path, 'espeak-wrapper.sh');
      writeFileSync(
        wrapper,
        [
          '#!/bin/sh',
          `cd '${dir.path}'`,
          'if [ -e running ]; then echo overlap >> log; fi',
          'touch running; echo start >> log; sleep 0.05',
          `${ESPEAK} "$@"; status=$?`,
          'rm -f running; exit $status',
          '',
        ].join('\n'),
      );
      chmodSync(wrapper, 0o755);
      const synth = createEspeakSynthesizer({ binary: wrapper });
      const results = await Promise.all(['一', '二', '三', '四'].map((text) => synth.synthesize(zh(text))));
      expect(results.every((result) => result.ok)).toBe(true);
      expect(readFileSync(join(dir.path, 'log'), 'utf8').trim().split('\n')).toEqual(['start', 'start', 'start', 'start']);
    } finally {
      dir.remove();
    }
  });

  it('logs failure codes and counts, never the text', async () => {
    const logger = createMemoryLogger();
    const secret = '110101199003077777';
    await createEspeakSynthesizer({ logger, maxChars: 5 }).synthesize(zh(secret));
    await createEspeakSynthesizer({ logger, binary: '/nonexistent/espeak' }).synthesize(zh(secret));
    expect(logger.lines.map((line) => line.fields['code'])).toEqual(['too_long', 'unavailable']);
    expect(JSON.stringify(logger.lines)).not.toContain(secret);
  });
});
