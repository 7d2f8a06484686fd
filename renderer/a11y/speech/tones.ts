/** Short sounds that answer a key without words (ACCESSIBILITY.md "Keypad": every key press is answered). */
export type ToneKind = 'paused' | 'resumed';

const notes: Readonly<Record<ToneKind, readonly number[]>> = {
  paused: [660, 440], // falling: speech stops
  resumed: [440, 660], // rising: speech goes on
};

/** Plays notes one after another through Web Audio; silent where there is no audio device. */
export function playNotes(frequencies: readonly number[], timing: { readonly noteSeconds: number; readonly stepSeconds: number }, volume: number): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.gain.value = Math.max(0.05, Math.min(1, volume)) * 0.3;
    gain.connect(audio.destination);
    frequencies.forEach((frequency, index) => {
      const tone = audio.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + index * timing.stepSeconds);
      tone.stop(audio.currentTime + index * timing.stepSeconds + timing.noteSeconds);
    });
    setTimeout(() => void audio.close(), (frequencies.length * timing.stepSeconds + 0.4) * 1000);
  } catch {
    // No audio device: nothing can be heard anyway.
  }
}

/** A key tone: two 0.12 s notes. */
export function playTone(kind: ToneKind, volume: number): void {
  playNotes(notes[kind], { noteSeconds: 0.12, stepSeconds: 0.15 }, volume);
}
