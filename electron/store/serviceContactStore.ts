import { z } from 'zod';
import type { ServiceContactKind } from './submissionStore.js';
import type { KioskDatabase } from './openDatabase.js';

export type ServiceContactStore = {
  /**
   * This kiosk's 12333 contacts for one resident since `since` whose submission has not reached the
   * central API yet; the central API's own counts cover the rest, so adding the two never counts twice.
   */
  unforwardedCounts(personKey: string, since: Date): Record<ServiceContactKind, number>;
};

export function createServiceContactStore(db: KioskDatabase): ServiceContactStore {
  const statement = db.prepare(
    `SELECT c.kind AS kind, COUNT(*) AS n FROM service_contacts c
     LEFT JOIN outbox o ON o.item_kind = 'submission' AND o.item_id = c.submission_id
     WHERE c.person_key = ? AND c.at >= ? AND (o.state IS NULL OR o.state = 'pending')
     GROUP BY c.kind`,
  );
  return {
    unforwardedCounts(personKey, since) {
      const counts: Record<ServiceContactKind, number> = { policy_contact: 0, career_guidance: 0, job_recommendation: 0, training_offer: 0 };
      const rows = z.array(z.object({ kind: z.enum(['policy_contact', 'career_guidance', 'job_recommendation', 'training_offer']), n: z.number() })).parse(statement.all(personKey, since.toISOString()));
      for (const row of rows) counts[row.kind] = row.n;
      return counts;
    },
  };
}
