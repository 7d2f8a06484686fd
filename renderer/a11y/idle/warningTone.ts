import { playNotes } from '../speech/tones.js';

/** A short two-note chime (0.6 s, well under the 3 s limit of EN 301 549 5.1.3.10) for the idle warning. */
export function playWarningTone(volume: number): void {
  playNotes([880, 660], { noteSeconds: 0.25, stepSeconds: 0.3 }, volume);
}
