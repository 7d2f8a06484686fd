import SpeakTts from 'speak-tts';
import type { UiLanguage } from '../../../../shared/catalog/localizedText.js';
import type { SpeechEngine } from '../speechEngine.js';

export type WebSpeechEngine = SpeechEngine & { hasVoiceFor(language: UiLanguage): boolean };

const voiceLanguagePrefix: Readonly<Record<UiLanguage, readonly string[]>> = {
  'zh-CN': ['zh-cn', 'zh_cn', 'cmn', 'zh-hans', 'zh'],
  en: ['en'],
};

// Chromium drops utterances that never fire `onend` (and cuts long ones at ~15 s), so every utterance
// gets a watchdog sized from its length; the queue then moves on instead of waiting forever.
function watchdogMs(text: string, language: UiLanguage, rate: number): number {
  const perCharMs = language === 'zh-CN' ? 300 : 90;
  return (Array.from(text).length * perCharMs) / rate + 3000;
}

const VOICE_WAIT_MS = 1500;

// speak-tts is Babel-compiled CommonJS (`exports.default = Speech`); depending on the bundler's
// interop the class arrives as the default import or as its `.default`.
function speakTtsClass(): typeof SpeakTts {
  const imported: unknown = SpeakTts;
  if (typeof imported === 'function') return imported as typeof SpeakTts;
  return (imported as { default: typeof SpeakTts }).default;
}

/** Web Speech through speak-tts. Undefined when the browser has no speech synthesis or no voices. */
export async function createWebSpeechEngine(): Promise<WebSpeechEngine | undefined> {
  const Speech = speakTtsClass();
  const speech = new Speech();
  if (!speech.hasBrowserSupport()) return undefined;
  let voices: { name: string; lang: string }[] = [];
  try {
    // We split sentences ourselves (speak-tts only splits on ASCII .?!). speak-tts waits for
    // `voiceschanged`, which never fires where the platform has no voices (headless, many Linux PCs).
    const initialised = await Promise.race([
      speech.init({ splitSentences: false }),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), VOICE_WAIT_MS)),
    ]);
    voices = initialised?.voices ?? [];
  } catch {
    return undefined;
  }
  if (voices.length === 0) return undefined;
  const voiceFor = (language: UiLanguage): string | undefined =>
    voices.find((voice) => voiceLanguagePrefix[language].some((prefix) => voice.lang.toLowerCase().replace('_', '-').startsWith(prefix)))?.name;

  let cancelCurrent: (() => void) | undefined;
  return {
    name: 'web',
    hasVoiceFor: (language) => voiceFor(language) !== undefined,
    speak(utterance) {
      const voice = voiceFor(utterance.language);
      if (voice === undefined) return Promise.resolve();
      speech.setLanguage(utterance.language);
      speech.setVoice(voice);
      speech.setRate(utterance.rate);
      speech.setVolume(utterance.volume);
      return new Promise<void>((resolve) => {
        const finish = (): void => {
          clearTimeout(watchdog);
          cancelCurrent = undefined;
          resolve();
        };
        const watchdog = setTimeout(() => {
          speech.cancel();
          finish();
        }, watchdogMs(utterance.text, utterance.language, utterance.rate));
        cancelCurrent = finish;
        speech.speak({ text: utterance.text, queue: false }).then(finish, finish);
      });
    },
    cancel() {
      speech.cancel();
      cancelCurrent?.();
    },
    pause: () => speech.pause(),
    resume: () => speech.resume(),
  };
}
