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

/** On a change of screen or view: announce now, unless a placeholder is waiting for content (then the hook above does). */
export function announceUnlessLoading(announceScreen: () => void): void {
  if (document.querySelector('main [aria-busy="true"]') === null) announceScreen();
}
