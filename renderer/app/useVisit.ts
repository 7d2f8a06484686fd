import { useEffect, useRef } from 'react';
import type { ScreenId } from '../../shared/contract/appSchemas.js';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { kioskApi } from '../kiosk.js';

/**
 * One visit per resident session: started when the kiosk shows its first screen, and every screen
 * shown is recorded as anonymous statistics (DESIGN.md, "Visits"). Failures here never block the resident.
 */
export function useVisit(screen: ScreenId, language: UiLanguage): void {
  const visitId = useRef<Promise<string | undefined> | undefined>(undefined);

  useEffect(() => {
    visitId.current ??= kioskApi()
      .invoke('visit.start', { language })
      .then((started) => (started.ok ? started.value.visitId : undefined));
    // The language of the first screen is what the visit records; later switches are not a new visit.
  }, [language]);

  useEffect(() => {
    void visitId.current?.then((id) => {
      if (id !== undefined) void kioskApi().invoke('visit.recordScreen', { visitId: id, screen });
    });
  }, [screen]);
}
