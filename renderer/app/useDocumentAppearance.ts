import { useEffect } from 'react';
import type { ResidentSettings } from '../session/residentSettings.js';

/** Theme and text size live on <html>, so the page background and every rem follow them. */
export function useDocumentAppearance(settings: ResidentSettings): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = settings.theme;
    root.dataset['textSize'] = settings.textSize;
  }, [settings.theme, settings.textSize]);
}
