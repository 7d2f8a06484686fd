/** Short sounds that answer a key without words (ACCESSIBILITY.md "Keypad": every key press is answered). */
export type ToneKind = 'paused' | 'resumed';

const notes: Readonly<Record<ToneKind, readonly number[]>> = {
  paused: [660, 440], // falling: speech stops
  resumed: [440, 660], // rising: speech goes on
};

/** Plays a tone of two 0.12 s notes through Web Audio; silent where there is no audio device. */
export function playTone(kind: ToneKind, volume: number): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.gain.value = Math.max(0.05, Math.min(1, volume)) * 0.3;
    gain.connect(audio.destination);
    notes[kind].forEach((frequency, index) => {
      const tone = audio.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + index * 0.15);
      tone.stop(audio.currentTime + index * 0.15 + 0.12);
    });
    setTimeout(() => void audio.close(), 600);
  } catch {
    // No audio device: nothing can be heard anyway.
  }
}
