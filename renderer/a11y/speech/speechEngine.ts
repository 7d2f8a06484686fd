import type { UiLanguage } from '../../../shared/catalog/localizedText.js';
import type { ToneKind } from './tones.js';

/** One piece of speech, already split to stay under Chromium's ~15 s utterance cut-off. */
export type Utterance = {
  readonly text: string;
  readonly language: UiLanguage;
  /** 0.5 (slow) … 2 (fast); 1 is normal. */
  readonly rate: number;
  /** 0 … 1. */
  readonly volume: number;
};

/**
 * What the speech queue needs from an engine. `speak` resolves when the utterance has finished
 * (or was cancelled); it never rejects, since a silent failure must not block the resident.
 */
export type SpeechEngine = {
  readonly name: 'web' | 'host' | 'recording';
  speak(utterance: Utterance): Promise<void>;
  /** Stops the current utterance at once (EN 301 549 5.1.3.5). */
  cancel(): void;
  pause(): void;
  resume(): void;
  /** Plays a tone instead of the default Web Audio one (the recording engine records it). */
  tone?(kind: ToneKind, volume: number): void;
};
