import { z } from 'zod';
import { uuidv7 } from '../../shared/ids/uuidv7.js';
import type { ScreenId, VisitMode, visitCounters } from '../../shared/contract/appSchemas.js';

type VisitCounter = (typeof visitCounters)[number];
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { KioskDatabase } from './openDatabase.js';
import { prepareOutboxEnqueue } from './outboxEnqueue.js';
import { outboxKinds } from './outboxKinds.js';

export type VisitOutcome = 'completed' | 'timed_out' | 'abandoned';
export type VisitStoreError = { readonly code: 'not_found' } | { readonly code: 'already_ended' };

export type VisitStore = {
  start(language: UiLanguage, now: Date): string;
  recordScreen(visitId: string, screen: ScreenId): Result<void, VisitStoreError>;
  end(visitId: string, outcome: VisitOutcome, modes: readonly VisitMode[], now: Date): Result<void, VisitStoreError>;
  count(visitId: string, counter: VisitCounter): Result<void, VisitStoreError>;
  exists(visitId: string): boolean;
};

const VisitRowSchema = z.object({ screens: z.string(), ended_at: z.string().nullable() });

// Visits hold anonymous statistics only; the visit row and its outbox entry are written together
// when the visit ends, so the central API receives each visit once (DESIGN.md, "Visits").
export function createVisitStore(db: KioskDatabase): VisitStore {
  const bumpCounter = incrementVisitCounter(db);
  const enqueue = prepareOutboxEnqueue(db, outboxKinds, 'visit');
  const readVisit = (visitId: string): z.infer<typeof VisitRowSchema> | undefined => {
    const row: unknown = db.prepare('SELECT screens, ended_at FROM visits WHERE id = ?').get(visitId);
    return row === undefined ? undefined : VisitRowSchema.parse(row);
  };
  return {
    start(language, now) {
      const id = uuidv7(now.getTime());
      db.prepare('INSERT INTO visits (id, started_at, language) VALUES (?, ?, ?)').run(id, now.toISOString(), language);
      return id;
    },
    recordScreen(visitId, screen) {
      const visit = readVisit(visitId);
      if (visit === undefined) return err({ code: 'not_found' });
      if (visit.ended_at !== null) return err({ code: 'already_ended' });
      const screens = z.array(z.string()).parse(JSON.parse(visit.screens));
      screens.push(screen);
      db.prepare('UPDATE visits SET screens = ? WHERE id = ?').run(JSON.stringify(screens), visitId);
      return ok(undefined);
    },
    end(visitId, outcome, modes, now) {
      const visit = readVisit(visitId);
      if (visit === undefined) return err({ code: 'not_found' });
      if (visit.ended_at !== null) return err({ code: 'already_ended' });
      const at = now.toISOString();
      db.transaction(() => {
        db.prepare('UPDATE visits SET ended_at = ?, outcome = ?, modes = ? WHERE id = ?').run(
          at,
          outcome,
          JSON.stringify([...new Set(modes)].sort()),
          visitId,
        );
        enqueue(visitId, at);
      })();
      return ok(undefined);
    },
    count(visitId, counter) {
      const visit = readVisit(visitId);
      if (visit === undefined) return err({ code: 'not_found' });
      if (visit.ended_at !== null) return err({ code: 'already_ended' });
      bumpCounter(visitId, counter);
      return ok(undefined);
    },
    exists: (visitId) => readVisit(visitId) !== undefined,
  };
}

/** Adds one to a visit's named counter; shared by the visit store and the submission store's transaction. */
export function incrementVisitCounter(db: KioskDatabase): (visitId: string, counter: string) => void {
  const statement = db.prepare(
    `UPDATE visits SET counters = json_set(counters, '$.' || ?, coalesce(json_extract(counters, '$.' || ?), 0) + 1) WHERE id = ?`,
  );
  return (visitId, counter) => {
    statement.run(counter, counter, visitId);
  };
}
