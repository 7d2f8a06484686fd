import { spawn } from 'node:child_process';
import { err, ok, type Result } from '../../shared/result.js';
import type { Logger } from '../logging/logger.js';
import { withExactWavSizes } from './wavInfo.js';

// Text-to-speech for the host engine: runs espeak-ng and returns a WAV. Linux station PCs usually
// have no zh-CN Web Speech voice, and speech must cover everything on screen in the screen's
// language (ACCESSIBILITY.md: ADA 707.5, EN 301 549 5.1.3.14, 5.1.3.16).
// Plain Node, no Electron: the main process wires it to an IPC channel.

export type SynthesisRequest = {
  text: string;
  language: 'zh-CN' | 'en';
  /** 0.5 (slow) … 2 (fast); 1 is normal. */
  rate: number;
  /** 0 … 1. */
  volume: number;
};

export type SynthesisError = 'unavailable' | 'timeout' | 'failed' | 'too_long';

export type EspeakSynthesizer = {
  synthesize(request: SynthesisRequest): Promise<Result<Buffer, SynthesisError>>;
  /** Whether espeak-ng runs at all; checked once. */
  available(): Promise<boolean>;
};

export type EspeakSynthesizerOptions = {
  binary?: string;
  /** Per request, counted from when its espeak-ng process starts, not from when it was queued. */
  timeoutMs?: number;
  /** In code points. The speech queue already splits text into short pieces (splitSentences.ts). */
  maxChars?: number;
  /** Gets failure codes and counts only: the text may hold personal data (个人信息保护法 Art. 51). */
  logger?: Logger;
};

const DEFAULT_BINARY = '/usr/bin/espeak-ng';
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_CHARS = 500;
// Normal speed: espeak-ng's own default (175) for English. espeak-ng counts each Mandarin syllable as
// a word, so 220 "wpm" is about 3.3 characters a second: unhurried but not dragging (160 gave 2.4).
// Rate 0.5…2 scales these: rate and volume are adjustable by the resident (508 402.3;
// EN 301 549 5.1.3.11–5.1.3.13); the session reset is the renderer's.
const NORMAL_WPM: Readonly<Record<SynthesisRequest['language'], number>> = { en: 175, 'zh-CN': 220 };
const VOICE: Readonly<Record<SynthesisRequest['language'], string>> = { en: 'en', 'zh-CN': 'cmn' };
const MIN_WPM = 80;
const MAX_WPM = 450;
const MAX_AMPLITUDE = 200;
// 500 characters at the slowest rate are well under this; more means something is wrong.
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
// espeak-ng obeys "embedded commands" in its input: Ctrl-A followed by e.g. "200A" sets the
// amplitude, which would override the resident's volume (508 402.3; EN 301 549 5.1.3.11–5.1.3.13).
// Other C0 controls are not speech either. Tab and line breaks are kept as pauses.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

export function createEspeakSynthesizer(options: EspeakSynthesizerOptions = {}): EspeakSynthesizer {
  const binary = options.binary ?? DEFAULT_BINARY;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const logger = options.logger;

  // One espeak-ng at a time: the renderer cancels and re-requests on every user action, and a burst
  // of parallel processes would only slow the one the resident is waiting for. Each job settles
  // (never rejects) before the next starts.
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job);
    tail = run.catch(() => undefined);
    return run;
  };

  let availability: Promise<boolean> | undefined;

  return {
    async synthesize(request) {
      const text = request.text.replace(CONTROL_CHARS, ' ');
      const chars = Array.from(text).length;
      if (chars > maxChars) {
        logger?.warn('speech.synthesis_failed', { code: 'too_long', chars });
        return err('too_long');
      }
      if (text.trim() === '') {
        // espeak-ng writes nothing at all for empty input; the queue never sends it.
        logger?.warn('speech.synthesis_failed', { code: 'failed', reason: 'empty_text' });
        return err('failed');
      }
      const args = [
        '--stdout',
        '-b', '1', // input is UTF-8, whatever the station's locale
        '-v', VOICE[request.language],
        '-s', String(wordsPerMinute(request.language, request.rate)),
        '-a', String(amplitude(request.volume)),
      ];
      const run = await inTurn(() => runEspeak(binary, args, text, timeoutMs));
      if (!run.ok) {
        logger?.warn('speech.synthesis_failed', { code: run.error.code, reason: run.error.reason });
        return err(run.error.code);
      }
      const wav = withExactWavSizes(run.value);
      if (!wav.ok) {
        logger?.warn('speech.synthesis_failed', { code: 'failed', reason: 'not_wav', bytes: run.value.length });
        return err('failed');
      }
      return ok(wav.value);
    },

    available() {
      availability ??= inTurn(() => runEspeak(binary, ['--version'], '', timeoutMs)).then((run) => {
        if (!run.ok) {
          logger?.warn('speech.espeak_unavailable', { code: run.error.code, reason: run.error.reason });
        }
        return run.ok;
      });
      return availability;
    },
  };
}

function wordsPerMinute(language: SynthesisRequest['language'], rate: number): number {
  const factor = Number.isFinite(rate) ? rate : 1;
  return clamp(Math.round(NORMAL_WPM[language] * factor), MIN_WPM, MAX_WPM);
}

/** Volume 1 is espeak-ng's default amplitude 100; 0…1 maps linearly onto 0…100. */
function amplitude(volume: number): number {
  const v = Number.isFinite(volume) ? volume : 1;
  return clamp(Math.round(v * 100), 0, MAX_AMPLITUDE);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

type RunFailure = { code: Exclude<SynthesisError, 'too_long'>; reason: string };

/**
 * Runs the binary directly (no shell), with the text on stdin so nothing in it can be read as an
 * option. Settles once the process has gone, so the next job never overlaps it.
 */
function runEspeak(binary: string, args: readonly string[], input: string, timeoutMs: number): Promise<Result<Buffer, RunFailure>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let failure: RunFailure | undefined;
    let settled = false;
    const settle = (result: Result<Buffer, RunFailure>): void => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve(result);
      }
    };

    const child = spawn(binary, args, { shell: false, stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true });
    const stop = (reason: RunFailure): void => {
      failure ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop({ code: 'timeout', reason: 'timeout' }), timeoutMs);

    child.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code ?? 'spawn_error';
      if (child.pid === undefined) {
        // Spawning failed: no process runs and 'close' may never come, so settle now.
        const missing = error.code === 'ENOENT' || error.code === 'EACCES';
        settle(err({ code: missing ? 'unavailable' : 'failed', reason }));
      } else {
        stop({ code: 'failed', reason });
      }
    });
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_OUTPUT_BYTES) {
        stop({ code: 'failed', reason: 'output_too_large' });
      } else {
        chunks.push(chunk);
      }
    });
    child.on('close', (exitCode: number | null, signal: NodeJS.Signals | null) => {
      if (failure !== undefined) {
        settle(err(failure));
      } else if (exitCode !== 0) {
        settle(err({ code: 'failed', reason: signal ?? `exit_${String(exitCode)}` }));
      } else {
        settle(ok(Buffer.concat(chunks)));
      }
    });

    // EPIPE when the child dies (or never starts) before reading its input; the outcome comes
    // from 'error' or 'close', and an unhandled stream error would crash the main process.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input, 'utf8');
  });
}
