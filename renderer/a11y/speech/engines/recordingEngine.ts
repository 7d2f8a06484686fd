import type { SpeechEngine, Utterance } from '../speechEngine.js';
import type { ToneKind } from '../tones.js';

export type RecordedUtterance = Utterance & { readonly at: number };

export type RecordingEngine = SpeechEngine & {
  readonly transcript: RecordedUtterance[];
  readonly cancellations: number[];
  /** Tones played, in order (a key answered by a tone, not by speech). */
  readonly tones: ToneKind[];
};

/**
 * The test engine: records each utterance with the time it arrived and "speaks" for `durationMs`.
 * Selected by the station setting speechEngine = 'recording' (headless Chromium has no voices).
 */
export function createRecordingEngine(options: { durationMs?: number; now?: () => number } = {}): RecordingEngine {
  const now = options.now ?? (() => performance.now());
  const transcript: RecordedUtterance[] = [];
  const cancellations: number[] = [];
  const tones: ToneKind[] = [];
  let finishCurrent: (() => void) | undefined;
  return {
    name: 'recording',
    transcript,
    cancellations,
    tones,
    tone(kind) {
      tones.push(kind);
    },
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
