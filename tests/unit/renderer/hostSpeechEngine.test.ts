import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHostSpeechEngine } from '../../../renderer/a11y/speech/engines/hostSpeechEngine.js';
import type { Utterance } from '../../../renderer/a11y/speech/speechEngine.js';

// A fake of the DOM Audio element, which cannot exist in Node: just the members the engine uses
// (src, volume, duration, currentTime, play, pause, and events). It does not decode or play anything;
// tests fire 'ended', 'error' and 'durationchange' by hand.
class FakeAudio extends EventTarget {
  src = '';
  volume = 1;
  duration = Number.NaN;
  currentTime = 0;
  playCalls = 0;
  pauseCalls = 0;
  playResult: Promise<void> = Promise.resolve();

  play(): Promise<void> {
    this.playCalls += 1;
    return this.playResult;
  }

  pause(): void {
    this.pauseCalls += 1;
  }

  fire(type: 'ended' | 'error' | 'durationchange'): void {
    this.dispatchEvent(new Event(type));
  }
}

const URL_ = 'data:audio/wav;base64,UklGRg==';
const utterance = (volume = 1): Utterance => ({ text: '您好', language: 'zh-CN', rate: 1, volume });

/** A synthesize function the test answers by hand, and the fake audio elements the engine made. */
function setup() {
  const answers: ((url: string | undefined) => void)[] = [];
  const synthesize = vi.fn((_u: Utterance) => new Promise<string | undefined>((resolve) => answers.push(resolve)));
  const audios: FakeAudio[] = [];
  const engine = createHostSpeechEngine(synthesize, () => {
    const audio = new FakeAudio();
    audios.push(audio);
    // The engine only touches the members FakeAudio has.
    return audio as unknown as HTMLAudioElement;
  });
  return { engine, synthesize, answers, audios };
}

/** Tracks whether a promise has settled, without awaiting it. */
function track(promise: Promise<void>): { readonly settled: boolean } {
  const state = { settled: false };
  void promise.then(() => {
    state.settled = true;
  });
  return state;
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

afterEach(() => {
  vi.useRealTimers();
});

describe('createHostSpeechEngine', () => {
  it("is named 'host'", () => {
    expect(setup().engine.name).toBe('host');
  });

  it("plays the synthesised clip and resolves on 'ended'", async () => {
    const { engine, answers, audios } = setup();
    const spoken = engine.speak(utterance());
    const state = track(spoken);
    answers[0]?.(URL_);
    await flush();
    expect(audios).toHaveLength(1);
    expect(audios[0]?.src).toBe(URL_);
    expect(audios[0]?.playCalls).toBe(1);
    expect(state.settled).toBe(false);
    audios[0]?.fire('ended');
    await spoken;
  });

  it("resolves on 'error'", async () => {
    const { engine, answers, audios } = setup();
    const spoken = engine.speak(utterance());
    answers[0]?.(URL_);
    await flush();
    audios[0]?.fire('error');
    await spoken;
  });

  it('resolves when play() is refused (e.g. autoplay policy)', async () => {
    const engine = createHostSpeechEngine(
      () => Promise.resolve(URL_),
      () => {
        const audio = new FakeAudio();
        audio.playResult = Promise.reject(new Error('NotAllowedError'));
        return audio as unknown as HTMLAudioElement;
      },
    );
    await engine.speak(utterance());
  });

  it('applies the utterance volume, clamped to what the element accepts', async () => {
    const { engine, answers, audios } = setup();
    void engine.speak(utterance(0.3));
    answers[0]?.(URL_);
    await flush();
    expect(audios[0]?.volume).toBe(0.3);
    void engine.speak(utterance(7));
    answers[1]?.(URL_);
    await flush();
    expect(audios[1]?.volume).toBe(1);
  });

  it('resolves at once without playing when synthesis fails', async () => {
    const { engine, answers, audios } = setup();
    const spoken = engine.speak(utterance());
    answers[0]?.(undefined);
    await spoken;
    expect(audios).toHaveLength(0);
  });

  it('resolves without playing when synthesize rejects', async () => {
    const engine = createHostSpeechEngine(() => Promise.reject(new Error('ipc gone')), () => {
      throw new Error('must not create audio');
    });
    await engine.speak(utterance());
  });

  it('cancel during synthesis resolves at once and drops the late result', async () => {
    const { engine, answers, audios } = setup();
    const spoken = engine.speak(utterance());
    engine.cancel();
    await spoken;
    answers[0]?.(URL_);
    await flush();
    expect(audios).toHaveLength(0);
  });

  it('a new utterance drops the late result of the one it replaced', async () => {
    const { engine, answers, audios } = setup();
    const first = engine.speak(utterance());
    const second = engine.speak(utterance(0.5));
    await first;
    answers[1]?.(URL_);
    answers[0]?.(URL_);
    await flush();
    expect(audios).toHaveLength(1);
    expect(audios[0]?.volume).toBe(0.5);
    audios[0]?.fire('ended');
    await second;
  });

  it('cancel during playback pauses the clip and resolves', async () => {
    const { engine, answers, audios } = setup();
    const spoken = engine.speak(utterance());
    answers[0]?.(URL_);
    await flush();
    engine.cancel();
    await spoken;
    expect(audios[0]?.pauseCalls).toBeGreaterThan(0);
  });

  it('maps pause and resume to the element, even when paused during synthesis', async () => {
    const { engine, answers, audios } = setup();
    const spoken = engine.speak(utterance());
    const state = track(spoken);
    engine.pause();
    answers[0]?.(URL_);
    await flush();
    expect(audios[0]?.playCalls).toBe(0);
    engine.resume();
    expect(audios[0]?.playCalls).toBe(1);
    engine.pause();
    expect(audios[0]?.pauseCalls).toBe(1);
    engine.resume();
    expect(audios[0]?.playCalls).toBe(2);
    await flush();
    expect(state.settled).toBe(false);
    audios[0]?.fire('ended');
    await spoken;
  });

  it('resolves after 20 s + 2 s when the element never reports a duration or an end', async () => {
    vi.useFakeTimers();
    const { engine, answers } = setup();
    const state = track(engine.speak(utterance()));
    answers[0]?.(URL_);
    await vi.advanceTimersByTimeAsync(21_900);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(state.settled).toBe(true);
  });

  it('uses the reported duration + 2 s for the watchdog', async () => {
    vi.useFakeTimers();
    const { engine, answers, audios } = setup();
    const state = track(engine.speak(utterance()));
    answers[0]?.(URL_);
    await vi.advanceTimersByTimeAsync(0);
    const audio = audios[0];
    if (audio === undefined) throw new Error('no audio');
    audio.duration = 3;
    audio.fire('durationchange');
    await vi.advanceTimersByTimeAsync(4_900);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(state.settled).toBe(true);
    expect(audio.pauseCalls).toBeGreaterThan(0);
  });

  it('does not let the watchdog end a paused utterance', async () => {
    vi.useFakeTimers();
    const { engine, answers, audios } = setup();
    const state = track(engine.speak(utterance()));
    answers[0]?.(URL_);
    await vi.advanceTimersByTimeAsync(0);
    engine.pause();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.settled).toBe(false);
    engine.resume();
    audios[0]?.fire('ended');
    await vi.advanceTimersByTimeAsync(0);
    expect(state.settled).toBe(true);
  });

  it('ignores events from a clip after it has finished', async () => {
    const { engine, answers, audios } = setup();
    const first = engine.speak(utterance());
    answers[0]?.(URL_);
    await flush();
    engine.cancel();
    await first;
    const second = engine.speak(utterance());
    const state = track(second);
    answers[1]?.(URL_);
    await flush();
    audios[0]?.fire('ended');
    await flush();
    expect(state.settled).toBe(false);
    audios[1]?.fire('ended');
    await second;
  });
});
