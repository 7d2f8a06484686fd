import type { StationPublicConfig } from '../../../shared/contract/appSchemas.js';
import { kioskApi } from '../../kiosk.js';
import type { SpeechEngine } from './speechEngine.js';
import { createAutoEngine } from './engines/autoEngine.js';
import { createHostSpeechEngine } from './engines/hostSpeechEngine.js';
import { createRecordingEngine, type RecordingEngine } from './engines/recordingEngine.js';
import { createWebSpeechEngine } from './engines/webSpeechEngine.js';

declare global {
  interface Window {
    /** Present only when the station selected the recording engine (tests, benchmarks). */
    __kioskSpeechRecording?: RecordingEngine;
  }
}

function hostEngine(): SpeechEngine {
  return createHostSpeechEngine(async (utterance) => {
    const result = await kioskApi().invoke('speech.synthesize', utterance);
    return result.ok ? result.value.audio : undefined;
  });
}

/** The engine the station chose; 'auto' prefers a matching Web Speech voice, else the host's espeak-ng. */
export function createSpeechEngine(preference: StationPublicConfig['speechEngine']): SpeechEngine {
  switch (preference) {
    case 'recording': {
      const engine = createRecordingEngine();
      Object.defineProperty(window, '__kioskSpeechRecording', { value: engine, configurable: false });
      return engine;
    }
    case 'host':
      return hostEngine();
    case 'auto':
      return createAutoEngine(createWebSpeechEngine(), hostEngine());
  }
}
