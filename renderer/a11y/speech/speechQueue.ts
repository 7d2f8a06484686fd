import type { UiLanguage } from '../../../shared/catalog/localizedText.js';
import { splitForSpeech } from './splitSentences.js';
import type { SpeechEngine } from './speechEngine.js';
import { playTone, type ToneKind } from './tones.js';

export type SpeechVoiceSettings = { readonly rate: number; readonly volume: number };

export type SpeechQueueOptions = {
  readonly engine: SpeechEngine;
  readonly language: () => UiLanguage;
  readonly voice: () => SpeechVoiceSettings;
  /** False while self-voicing is off (no audio mode, or a screen reader is running). */
  readonly enabled: () => boolean;
  /** Every utterance is also shown as text; null clears the caption. */
  readonly onCaption: (text: string | null) => void;
};

export type SpeechQueue = {
  /** Speaks a message, by default interrupting whatever is being said (EN 301 549 5.1.3.5). */
  say(message: string | readonly string[], options?: { interrupt?: boolean; force?: boolean }): void;
  /** Stops speech now: every user action calls this first (EN 301 549 5.1.3.5). */
  stop(): void;
  /** Repeats the last message (EN 301 549 5.1.3.4; 508 402.2.4). */
  repeat(): void;
  togglePause(): void;
  /** A short tone at the resident's volume, for a key that has nothing to say. */
  tone(kind: ToneKind): void;
  readonly paused: () => boolean;
  /** Resolves when nothing is queued or playing (used by tests and the latency benchmark). */
  idle(): Promise<void>;
};

// One queue for the whole renderer. A generation counter makes every interruption final:
// an utterance that was cancelled can never resume speaking after a newer message started.
export function createSpeechQueue(options: SpeechQueueOptions): SpeechQueue {
  let pending: string[] = [];
  let generation = 0;
  let running: Promise<void> = Promise.resolve();
  let lastMessage: readonly string[] = [];
  let isPaused = false;

  const enqueue = (pieces: readonly string[]): void => {
    pending.push(...pieces.flatMap((piece) => splitForSpeech(piece)));
    const myGeneration = generation;
    running = running.then(() => drain(myGeneration));
  };

  async function drain(myGeneration: number): Promise<void> {
    while (myGeneration === generation && pending.length > 0) {
      const text = pending.shift() ?? '';
      options.onCaption(text);
      const voice = options.voice();
      await options.engine.speak({ text, language: options.language(), rate: voice.rate, volume: voice.volume });
    }
    if (myGeneration === generation) options.onCaption(null);
  }

  const stop = (): void => {
    generation += 1;
    pending = [];
    isPaused = false;
    options.engine.cancel();
  };

  return {
    say(message, sayOptions = {}) {
      const pieces = typeof message === 'string' ? [message] : message;
      if (pieces.length === 0) return;
      lastMessage = pieces;
      if (sayOptions.interrupt ?? true) stop();
      // `force`: the resident pressed a "read aloud" control, which speaks even outside audio mode.
      if (!options.enabled() && sayOptions.force !== true) {
        options.onCaption(null);
        return;
      }
      enqueue(pieces);
    },
    stop,
    repeat() {
      if (lastMessage.length === 0 || !options.enabled()) return;
      stop();
      enqueue(lastMessage);
    },
    togglePause() {
      isPaused = !isPaused;
      if (isPaused) options.engine.pause();
      else options.engine.resume();
    },
    tone(kind) {
      if (!options.enabled()) return;
      const { volume } = options.voice();
      if (options.engine.tone !== undefined) options.engine.tone(kind, volume);
      else playTone(kind, volume);
    },
    paused: () => isPaused,
    idle: () => running,
  };
}
