import { useEffect, useRef } from 'react';
import { useSession } from './sessionContext.js';

/**
 * A screen whose content arrives from the host renders a placeholder with aria-busy="true" first; the
 * session then holds its arrival announcement, and this hook makes it once the content is on screen,
 * so what is spoken matches what is shown (EN 301 549 5.1.3.14).
 */
export function useAnnounceWhenLoaded(loaded: boolean): void {
  const { announceScreen } = useSession();
  const waited = useRef(!loaded);
  useEffect(() => {
    if (loaded && waited.current) {
      waited.current = false;
      announceScreen();
    }
  }, [loaded, announceScreen]);
}

/**
 * On a change of screen or view: announce now, unless a placeholder is waiting for content (then the
 * hook above does). Meanwhile the placeholder's own words ("正在查询……") are said, so the key that led
 * here is answered at once (ACCESSIBILITY.md "Keypad": every key press is answered).
 */
export function announceUnlessLoading(announceScreen: () => void, sayWaiting?: (text: string) => void): void {
  const waiting = document.querySelector('main [aria-busy="true"]');
  if (waiting === null) announceScreen();
  else sayWaiting?.(waiting.textContent ?? '');
}
