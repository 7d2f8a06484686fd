import { catalogKinds } from '../../shared/catalog/catalogKinds.js';
import { kioskError } from '../../shared/errors.js';
import { err, ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { RejectedItems } from '../store/rejectedItems.js';
import type { SyncService } from '../sync/syncService.js';
import type { StaffGate } from '../staff/staffGate.js';

type StaffSyncHandlers = Pick<ChannelHandlers, 'staff.syncNow' | 'staff.refreshCatalog' | 'staff.retryRejected' | 'staff.annotateRejected'>;

const notRejected = () => err(kioskError('not_found', [{ path: 'outboxId', messageKey: 'staff.errors.notRejected' }]));

/** Staff actions on forwarding (issue #8): send now, refresh the catalog, retry or annotate a refused item. */
export function createStaffSyncHandlers(deps: {
  /** Only for the audit log: the router checked the session before any handler here runs (issue #14). */
  gate: Pick<StaffGate, 'record'>;
  sync: Pick<SyncService, 'sendNow' | 'refreshCatalog' | 'nudge'>;
  rejected: RejectedItems;
  onChanged: () => void;
  clock: () => Date;
}): StaffSyncHandlers {
  const { gate, clock } = deps;
  return {
    'staff.syncNow': async (_input, session) => {
      const report = await deps.sync.sendNow();
      gate.record(session, 'staff.sync_now', { ...report });
      return ok({ ...report });
    },
    'staff.refreshCatalog': async (_input, session) => {
      const report = await deps.sync.refreshCatalog();
      gate.record(session, 'staff.catalog_refreshed', { ...report });
      return ok({ results: catalogKinds.map((kind) => ({ kind, outcome: report[kind] })) });
    },
    'staff.retryRejected': ({ outboxId }, session) => {
      if (!deps.rejected.retry(outboxId, clock())) return notRejected();
      gate.record(session, 'staff.rejected_retried', { outboxId });
      deps.onChanged();
      deps.sync.nudge();
      return ok({});
    },
    'staff.annotateRejected': ({ outboxId, note }, session) => {
      if (!deps.rejected.annotate(outboxId, note, clock())) return notRejected();
      // The note itself stays out of the audit log: staff may have written more than they should.
      gate.record(session, 'staff.rejected_annotated', { outboxId, cleared: note.trim() === '' });
      return ok({});
    },
  };
}
