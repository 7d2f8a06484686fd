import type { RecordingEngine } from '../../../renderer/a11y/speech/engines/recordingEngine.js';

declare global {
  interface Window {
    __kioskSpeechRecording?: RecordingEngine;
  }
}
