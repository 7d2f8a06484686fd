// speak-tts ships no types; this declares only the part of its API the kiosk uses.
declare module 'speak-tts' {
  type SpeakTtsVoice = { readonly name: string; readonly lang: string };
  type SpeakTtsInit = { volume?: number; lang?: string; rate?: number; pitch?: number; splitSentences?: boolean; voice?: string };
  export default class Speech {
    hasBrowserSupport(): boolean;
    init(options?: SpeakTtsInit): Promise<{ voices: SpeakTtsVoice[] }>;
    speak(options: { text: string; queue?: boolean; listeners?: { onend?: () => void; onerror?: () => void } }): Promise<void>;
    cancel(): void;
    pause(): void;
    resume(): void;
    setLanguage(lang: string): void;
    setVoice(voice: string): void;
    setRate(rate: number): void;
    setVolume(volume: number): void;
  }
}
