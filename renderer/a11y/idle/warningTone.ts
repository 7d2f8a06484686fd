/** A short two-note chime (0.6 s, well under the 3 s limit of EN 301 549 5.1.3.10) for the idle warning. */
export function playWarningTone(volume: number): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.gain.value = Math.max(0.05, Math.min(1, volume)) * 0.3;
    gain.connect(audio.destination);
    [880, 660].forEach((frequency, index) => {
      const tone = audio.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + index * 0.3);
      tone.stop(audio.currentTime + index * 0.3 + 0.25);
    });
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio device: the warning is still shown and spoken.
  }
}
