import { expect } from 'vitest';

/** Asserts that each phrase is spoken, in this order (later phrases after earlier ones). */
export function expectSpokenInOrder(transcript: readonly string[], phrases: readonly (string | RegExp)[]): void {
  let from = 0;
  for (const phrase of phrases) {
    const at = transcript.findIndex((line, index) => index >= from && (typeof phrase === 'string' ? line.includes(phrase) : phrase.test(line)));
    expect(at, `"${String(phrase)}" after line ${from} in:\n${transcript.join('\n')}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}
