import { useCallback, useReducer, useRef } from 'react';
import { residentSettingsReducer, type ResidentSettings, type ResidentSettingsAction } from './residentSettings.js';

/**
 * Resident settings as React state, mirrored in a ref that is updated synchronously, so speech
 * queued in the same key handler already uses the new volume or rate.
 */
export function useResidentSettings(defaults: ResidentSettings): {
  settings: ResidentSettings;
  update: (action: ResidentSettingsAction) => void;
  current: () => ResidentSettings;
} {
  const [settings, dispatch] = useReducer(residentSettingsReducer, defaults);
  const ref = useRef(settings);
  const update = useCallback((action: ResidentSettingsAction) => {
    ref.current = residentSettingsReducer(ref.current, action);
    dispatch(action);
  }, []);
  const current = useCallback(() => ref.current, []);
  return { settings, update, current };
}
