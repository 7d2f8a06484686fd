import { uuidv7 } from '../../shared/ids/uuidv7.js';
import type { KioskDatabase } from './openDatabase.js';
import { prepareOutboxEnqueue } from './outboxEnqueue.js';
import { outboxKinds } from './outboxKinds.js';

export type AuditEntry = {
  readonly actor: string;
  readonly action: string;
  readonly detail?: Readonly<Record<string, string | number | boolean | null>>;
};

export type AuditLog = { append(entry: AuditEntry, now: Date): void };

// Who did what and when, for staff accountability; details carry ids and counts, never personal data.
// Each entry and its outbox row are written together, so the central API receives every entry once
// with the station's statistics (issue #8).
export function createAuditLog(db: KioskDatabase): AuditLog {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, detail, uuid) VALUES (?, ?, ?, ?, ?)');
  const enqueue = prepareOutboxEnqueue(db, outboxKinds, 'audit');
  const append = db.transaction((entry: AuditEntry, now: Date) => {
    const at = now.toISOString();
    const uuid = uuidv7(now.getTime());
    insert.run(at, entry.actor, entry.action, JSON.stringify(entry.detail ?? {}), uuid);
    enqueue(uuid, at);
  });
  return { append: (entry, now) => append(entry, now) };
}
