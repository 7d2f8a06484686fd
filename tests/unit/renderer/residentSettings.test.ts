import { describe, expect, it } from 'vitest';
import {
  defaultResidentSettings,
  rateLevels,
  residentSettingsReducer,
  speechEnabled,
  voiceOf,
  volumeLevels,
} from '../../../renderer/session/residentSettings.js';
import { defaultStationConfig } from '../../../electron/store/settingsStore.js';

const defaults = defaultResidentSettings(defaultStationConfig);

describe('resident settings', () => {
  it('volume and rate move one step at a time and stop at the ends', () => {
    let state = defaults;
    for (let i = 0; i < 10; i += 1) state = residentSettingsReducer(state, { type: 'volume', delta: 1 });
    expect(voiceOf(state).volume).toBe(volumeLevels[volumeLevels.length - 1]);
    for (let i = 0; i < 10; i += 1) state = residentSettingsReducer(state, { type: 'rate', delta: -1 });
    expect(voiceOf(state).rate).toBe(rateLevels[0]);
  });

  it('volume, rate and every other setting reset at the end of a visit (508 402.3; EN 301 549 5.1.3.11–13)', () => {
    let state = defaults;
    state = residentSettingsReducer(state, { type: 'volume', delta: 1 });
    state = residentSettingsReducer(state, { type: 'rate', delta: 1 });
    state = residentSettingsReducer(state, {
      type: 'set',
      changes: { textSize: 'largest', theme: 'yellow_on_black', easyRead: true, audioMode: true, speakFullNumbers: true, language: 'en' },
    });
    expect(voiceOf(state)).not.toEqual(voiceOf(defaults));
    const afterVisit = residentSettingsReducer(state, { type: 'reset', defaults: defaultResidentSettings(defaultStationConfig) });
    expect(afterVisit).toEqual(defaults);
    expect(voiceOf(afterVisit)).toEqual({ rate: 1, volume: 0.8 });
  });

  it('starts from the station defaults', () => {
    expect(defaultResidentSettings({ ...defaultStationConfig, defaultTextSize: 'large', defaultTheme: 'white_on_black', defaultLanguage: 'en' })).toMatchObject({
      textSize: 'large',
      theme: 'white_on_black',
      language: 'en',
      audioMode: false,
    });
  });

  it('self-voicing needs audio mode and stops when a screen reader runs', () => {
    expect(speechEnabled(defaults)).toBe(false);
    expect(speechEnabled({ ...defaults, audioMode: true })).toBe(true);
    expect(speechEnabled({ ...defaults, audioMode: true, screenReader: true })).toBe(false);
  });
});
