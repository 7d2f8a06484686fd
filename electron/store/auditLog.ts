import type { KioskDatabase } from './openDatabase.js';

export type AuditEntry = {
  readonly actor: string;
  readonly action: string;
  readonly detail?: Readonly<Record<string, string | number | boolean | null>>;
};

export type AuditLog = { append(entry: AuditEntry, now: Date): void };

// Who did what and when, for staff accountability; details carry ids and counts, never personal data.
export function createAuditLog(db: KioskDatabase): AuditLog {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)');
  return {
    append(entry, now) {
      insert.run(now.toISOString(), entry.actor, entry.action, JSON.stringify(entry.detail ?? {}));
    },
  };
}
