import { z } from 'zod';
import { ServiceContactKindSchema, zeroServiceCounts, type ServiceContactKind } from '../../shared/central/serviceRecord.js';
import type { KioskDatabase } from './openDatabase.js';

export type ServiceContactCounts = Record<ServiceContactKind, number>;

/** A resident's 12333 contacts, split by who delivered them. */
export type ServiceContactSplit = {
  /** Delivered by staff: made in a staff-assisted submission or visit, or recorded by staff (service_record). */
  readonly staff: ServiceContactCounts;
  /** The resident's own use of the kiosk: shown to them, never counted toward the 2/3/3/3 targets. */
  readonly selfService: ServiceContactCounts;
};

export type ServiceContactStore = {
  /**
   * This kiosk's 12333 contacts for one resident since `since` whose submission has not reached the
   * central API yet; the central API's own counts cover the rest, so adding the two never counts twice.
   */
  unforwardedCounts(personKey: string, since: Date): ServiceContactSplit;
};

const CountRowSchema = z.object({ kind: ServiceContactKindSchema, staff: z.number(), n: z.number() });

export function createServiceContactStore(db: KioskDatabase): ServiceContactStore {
  // Who delivered a contact is its submission's staff_assisted flag, set once when it was written (the
  // submission store folds in an assisted visit), so the contact rows need no copy of it. A contact
  // without a submission (none is written today) counts as self-service: nothing says staff delivered it.
  const statement = db.prepare(
    `SELECT c.kind AS kind, COALESCE(s.staff_assisted, 0) AS staff, COUNT(*) AS n FROM service_contacts c
     LEFT JOIN submissions s ON s.id = c.submission_id
     LEFT JOIN outbox o ON o.item_kind = 'submission' AND o.item_id = c.submission_id
     WHERE c.person_key = ? AND c.at >= ? AND (o.state IS NULL OR o.state = 'pending')
     GROUP BY c.kind, COALESCE(s.staff_assisted, 0)`,
  );
  return {
    unforwardedCounts(personKey, since) {
      const split = { staff: zeroServiceCounts(), selfService: zeroServiceCounts() };
      for (const row of z.array(CountRowSchema).parse(statement.all(personKey, since.toISOString()))) {
        split[row.staff === 1 ? 'staff' : 'selfService'][row.kind] += row.n;
      }
      return split;
    },
  };
}
