import type { SpeechEngine, Utterance } from '../speechEngine.js';

// The 'host' engine: the main process synthesises a WAV (espeak-ng, since Linux stations usually
// have no zh-CN Web Speech voice) and this engine plays it. Speech must be in the screen's language
// (EN 301 549 5.1.3.14). No Node or Electron here: `synthesize` is wired to an IPC channel by the caller.

/** Returns a `data:audio/wav;base64,…` URL, or undefined when the host could not synthesise. */
export type SynthesizeToUrl = (utterance: Utterance) => Promise<string | undefined>;

// When the element never reports a duration, assume the longest piece the queue sends.
const UNKNOWN_DURATION_MS = 20_000;
// Slack for decoding and device start-up before the watchdog gives up on 'ended'.
const WATCHDOG_GRACE_MS = 2_000;

type Playback = {
  load(url: string, volume: number): void;
  pause(): void;
  resume(): void;
  finish(): void;
};

export function createHostSpeechEngine(
  synthesize: SynthesizeToUrl,
  createAudio: () => HTMLAudioElement = () => new Audio(),
): SpeechEngine {
  // Bumped by every speak and cancel: a synthesis result for an older generation is dropped,
  // so a cancelled utterance never starts playing late (EN 301 549 5.1.3.5).
  let generation = 0;
  let current: Playback | undefined;

  const stop = (): void => {
    generation += 1;
    const playback = current;
    current = undefined;
    playback?.finish();
  };

  return {
    name: 'host',

    speak(utterance) {
      // New speech stops the old (EN 301 549 5.1.3.5; 508 402.2.4).
      stop();
      const mine = generation;
      return new Promise<void>((resolve) => {
        const playback = createPlayback(createAudio, () => {
          if (current === playback) {
            current = undefined;
          }
          resolve();
        });
        current = playback;
        // `speak` never rejects: a silent failure must not block the resident (speechEngine.ts).
        synthesize(utterance).then(
          (url) => {
            if (mine !== generation) {
              return;
            }
            if (url === undefined) {
              playback.finish();
            } else {
              playback.load(url, utterance.volume);
            }
          },
          () => {
            if (mine === generation) {
              playback.finish();
            }
          },
        );
      });
    },

    cancel: stop,

    // Speech can be paused and resumed (EN 301 549 5.1.3.4; 508 402.2.4).
    pause() {
      current?.pause();
    },

    resume() {
      current?.resume();
    },
  };
}

function createPlayback(createAudio: () => HTMLAudioElement, onDone: () => void): Playback {
  let audio: HTMLAudioElement | undefined;
  let paused = false;
  let done = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  // Chromium rejects a play() promise when pause() interrupts it; only the latest attempt counts.
  let playAttempt = 0;

  const disarm = (): void => {
    if (watchdog !== undefined) {
      clearTimeout(watchdog);
      watchdog = undefined;
    }
  };

  // If neither 'ended' nor 'error' arrives (a stuck audio device), resolve anyway so the queue
  // moves on. Counted from now, over what is left of the clip.
  const arm = (): void => {
    disarm();
    watchdog = setTimeout(finish, remainingMs() + WATCHDOG_GRACE_MS);
  };

  const remainingMs = (): number => {
    const duration = audio?.duration;
    if (duration === undefined || !Number.isFinite(duration) || duration <= 0) {
      return UNKNOWN_DURATION_MS;
    }
    const position = audio?.currentTime;
    const played = position !== undefined && Number.isFinite(position) ? Math.min(Math.max(position, 0), duration) : 0;
    return (duration - played) * 1000;
  };

  // Re-arm once the element knows how long the clip is (usually just after play()).
  const onDurationKnown = (): void => {
    if (watchdog !== undefined) {
      arm();
    }
  };

  const start = (): void => {
    if (audio === undefined || paused || done) {
      return;
    }
    const attempt = ++playAttempt;
    arm();
    audio.play().catch(() => {
      // Autoplay refusal or an undecodable clip: give up on this utterance rather than wait.
      if (attempt === playAttempt && !paused) {
        finish();
      }
    });
  };

  function finish(): void {
    if (done) {
      return;
    }
    done = true;
    disarm();
    if (audio !== undefined) {
      audio.removeEventListener('ended', finish);
      audio.removeEventListener('error', finish);
      audio.removeEventListener('durationchange', onDurationKnown);
      audio.pause();
    }
    onDone();
  }

  return {
    load(url, volume) {
      if (done) {
        return;
      }
      audio = createAudio();
      audio.addEventListener('ended', finish);
      audio.addEventListener('error', finish);
      audio.addEventListener('durationchange', onDurationKnown);
      // The element throws outside 0…1; the queue's volume is already 0…1 (508 402.3).
      audio.volume = Number.isFinite(volume) ? Math.min(Math.max(volume, 0), 1) : 1;
      audio.src = url;
      start();
    },
    pause() {
      if (done || paused) {
        return;
      }
      paused = true;
      // A paused clip may stay paused as long as the resident wants; the watchdog waits too.
      disarm();
      audio?.pause();
    },
    resume() {
      if (done || !paused) {
        return;
      }
      paused = false;
      start();
    },
    finish,
  };
}
