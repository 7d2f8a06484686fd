import type { SpeechEngine } from '../speechEngine.js';
import type { WebSpeechEngine } from './webSpeechEngine.js';

/**
 * Web Speech where the browser has a voice for the utterance's language, the host engine
 * (espeak-ng in the main process) otherwise, which is the usual case for zh-CN on Linux station PCs.
 */
export function createAutoEngine(webLoading: Promise<WebSpeechEngine | undefined>, host: SpeechEngine): SpeechEngine {
  // Voices load asynchronously (and never, on many Linux PCs): until they are known, the host speaks,
  // so the kiosk never waits for them before showing the home screen.
  let web: WebSpeechEngine | undefined;
  void webLoading.then((loaded) => {
    web = loaded;
  });
  let current: SpeechEngine = host;
  return {
    name: 'host',
    speak(utterance) {
      current = web?.hasVoiceFor(utterance.language) === true ? web : host;
      return current.speak(utterance);
    },
    cancel() {
      web?.cancel();
      host.cancel();
    },
    pause: () => current.pause(),
    resume: () => current.resume(),
  };
}
