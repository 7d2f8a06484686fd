import type { StationPublicConfig, textSizes, themes } from '../../shared/contract/appSchemas.js';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';

export type TextSize = (typeof textSizes)[number];
export type Theme = (typeof themes)[number];

// Volume and rate move in steps the resident can count by ear ("音量 4，共 5 级").
export const volumeLevels = [0.2, 0.4, 0.6, 0.8, 1] as const;
export const rateLevels = [0.6, 0.8, 1, 1.25, 1.5, 1.75] as const;
const DEFAULT_VOLUME_STEP = 3;
const DEFAULT_RATE_STEP = 2;

/** What one resident chose during a visit. All of it resets when the visit ends (ACCESSIBILITY.md, "Time"). */
export type ResidentSettings = {
  readonly language: UiLanguage;
  readonly textSize: TextSize;
  readonly theme: Theme;
  readonly easyRead: boolean;
  /** Self-voicing guidance is on (started by a keypad key, a long press, or the settings screen). */
  readonly audioMode: boolean;
  /** A screen reader is running: the kiosk stops self-voicing so speech is not doubled. */
  readonly screenReader: boolean;
  /** Audio-only privacy mode: the screen is blanked, the keypad still works. */
  readonly screenBlanked: boolean;
  /** Private listening through the headset: full ID and phone numbers may be spoken (EN 301 549 5.1.3.9). */
  readonly speakFullNumbers: boolean;
  readonly volumeStep: number;
  readonly rateStep: number;
};

export type ResidentSettingsAction =
  | { readonly type: 'set'; readonly changes: Partial<Omit<ResidentSettings, 'volumeStep' | 'rateStep'>> }
  | { readonly type: 'volume'; readonly delta: 1 | -1 }
  | { readonly type: 'rate'; readonly delta: 1 | -1 }
  | { readonly type: 'reset'; readonly defaults: ResidentSettings };

export function defaultResidentSettings(station: StationPublicConfig): ResidentSettings {
  return {
    language: station.defaultLanguage,
    textSize: station.defaultTextSize,
    theme: station.defaultTheme,
    easyRead: false,
    audioMode: false,
    screenReader: false,
    screenBlanked: false,
    speakFullNumbers: false,
    volumeStep: DEFAULT_VOLUME_STEP,
    rateStep: DEFAULT_RATE_STEP,
  };
}

function clampStep(step: number, levels: readonly number[]): number {
  return Math.min(levels.length - 1, Math.max(0, step));
}

export function residentSettingsReducer(state: ResidentSettings, action: ResidentSettingsAction): ResidentSettings {
  switch (action.type) {
    case 'set':
      return { ...state, ...action.changes };
    case 'volume':
      return { ...state, volumeStep: clampStep(state.volumeStep + action.delta, volumeLevels) };
    case 'rate':
      return { ...state, rateStep: clampStep(state.rateStep + action.delta, rateLevels) };
    case 'reset':
      // 508 402.3, EN 301 549 5.1.3.11–13: volume and rate go back to the defaults after each session.
      return action.defaults;
  }
}

export function voiceOf(settings: ResidentSettings): { rate: number; volume: number } {
  return { rate: rateLevels[settings.rateStep] ?? 1, volume: volumeLevels[settings.volumeStep] ?? 0.8 };
}

export function speechEnabled(settings: ResidentSettings): boolean {
  return settings.audioMode && !settings.screenReader;
}
