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
  gate: StaffGate;
  sync: Pick<SyncService, 'sendNow' | 'refreshCatalog' | 'nudge'>;
  rejected: RejectedItems;
  onChanged: () => void;
  clock: () => Date;
}): StaffSyncHandlers {
  const { gate, clock } = deps;
  return {
    'staff.syncNow': async ({ token }) => {
      const session = gate.check(token);
      if (!session.ok) return session;
      const report = await deps.sync.sendNow();
      gate.record(session.value, 'staff.sync_now', { ...report });
      return ok({ ...report });
    },
    'staff.refreshCatalog': async ({ token }) => {
      const session = gate.check(token);
      if (!session.ok) return session;
      const report = await deps.sync.refreshCatalog();
      gate.record(session.value, 'staff.catalog_refreshed', { ...report });
      return ok({ results: catalogKinds.map((kind) => ({ kind, outcome: report[kind] })) });
    },
    'staff.retryRejected': ({ token, outboxId }) => {
      const session = gate.check(token);
      if (!session.ok) return session;
      if (!deps.rejected.retry(outboxId, clock())) return notRejected();
      gate.record(session.value, 'staff.rejected_retried', { outboxId });
      deps.onChanged();
      deps.sync.nudge();
      return ok({});
    },
    'staff.annotateRejected': ({ token, outboxId, note }) => {
      const session = gate.check(token);
      if (!session.ok) return session;
      if (!deps.rejected.annotate(outboxId, note, clock())) return notRejected();
      // The note itself stays out of the audit log: staff may have written more than they should.
      gate.record(session.value, 'staff.rejected_annotated', { outboxId, cleared: note.trim() === '' });
      return ok({});
    },
  };
}
