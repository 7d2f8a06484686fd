import type { SpeechEngine, Utterance } from '../speechEngine.js';

export type RecordedUtterance = Utterance & { readonly at: number };

export type RecordingEngine = SpeechEngine & {
  readonly transcript: RecordedUtterance[];
  readonly cancellations: number[];
};

/**
 * The test engine: records each utterance with the time it arrived and "speaks" for `durationMs`.
 * Selected by the station setting speechEngine = 'recording' (headless Chromium has no voices).
 */
export function createRecordingEngine(options: { durationMs?: number; now?: () => number } = {}): RecordingEngine {
  const now = options.now ?? (() => performance.now());
  const transcript: RecordedUtterance[] = [];
  const cancellations: number[] = [];
  let finishCurrent: (() => void) | undefined;
  return {
    name: 'recording',
    transcript,
    cancellations,
    speak(utterance) {
      transcript.push({ ...utterance, at: now() });
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, options.durationMs ?? 0);
        function done(): void {
          clearTimeout(timer);
          finishCurrent = undefined;
          resolve();
        }
        finishCurrent = done;
      });
    },
    cancel() {
      cancellations.push(now());
      finishCurrent?.();
    },
    pause() {},
    resume() {},
  };
}
