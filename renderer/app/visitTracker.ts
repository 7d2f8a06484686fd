import type { ScreenId, VisitMode } from '../../shared/contract/appSchemas.js';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import type { KioskApi } from '../../shared/contract/kioskApi.js';

export type VisitTracker = {
  /** Starts the visit at the resident's first action; later calls do nothing. */
  begin(language: UiLanguage, firstScreen: ScreenId): void;
  readonly started: () => boolean;
  /** The visit's id, once visit.start answered; undefined before the first action or if it failed. */
  id(): Promise<string | undefined>;
  count(counter: 'jobs_viewed' | 'courses_viewed' | 'policies_viewed'): void;
  screen(screen: ScreenId): void;
  mode(mode: VisitMode): void;
  end(outcome: 'completed' | 'timed_out' | 'abandoned'): Promise<void>;
};

/**
 * Anonymous visit statistics (DESIGN.md, "Visits"). Calls are chained on the start promise, so
 * screens are recorded in order; failures never block the resident.
 */
export function createVisitTracker(api: KioskApi): VisitTracker {
  let visitId: Promise<string | undefined> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const modes = new Set<VisitMode>();

  const withVisit = (call: (id: string) => Promise<unknown>): Promise<void> => {
    const started = visitId;
    if (started === undefined) return Promise.resolve();
    const next = chain.then(() => started).then((id) => (id === undefined ? undefined : call(id)));
    chain = next.catch(() => undefined);
    return chain.then(() => undefined);
  };

  return {
    begin(language, firstScreen) {
      if (visitId !== undefined) return;
      visitId = api.invoke('visit.start', { language }).then((result) => (result.ok ? result.value.visitId : undefined));
      void withVisit((id) => api.invoke('visit.recordScreen', { visitId: id, screen: firstScreen }));
    },
    started: () => visitId !== undefined,
    id: () => visitId ?? Promise.resolve(undefined),
    count(counter) {
      void withVisit((id) => api.invoke('visit.count', { visitId: id, counter }));
    },
    screen(screen) {
      void withVisit((id) => api.invoke('visit.recordScreen', { visitId: id, screen }));
    },
    mode(mode) {
      modes.add(mode);
    },
    end(outcome) {
      return withVisit((id) => api.invoke('visit.end', { visitId: id, outcome, modes: [...modes] }));
    },
  };
}
