import { useEffect } from 'react';
import type { ResidentSettings } from '../session/residentSettings.js';
import type { VisitTracker } from './visitTracker.js';

/** Records which accessibility modes a visit used, for the station's anonymous statistics. */
export function useVisitModes(settings: ResidentSettings, visit: VisitTracker): void {
  useEffect(() => {
    if (settings.audioMode) visit.mode('audio');
    if (settings.textSize !== 'standard') visit.mode('large_text');
    if (settings.theme !== 'default') visit.mode('high_contrast');
    if (settings.easyRead) visit.mode('easy_read');
    if (settings.screenReader) visit.mode('screen_reader');
    if (settings.screenBlanked) visit.mode('screen_blanked');
    if (settings.language === 'en') visit.mode('english');
  }, [settings, visit]);
}
