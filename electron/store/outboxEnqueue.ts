import type { KioskDatabase } from './openDatabase.js';
import type { OutboxKind } from './outboxKinds.js';

/** Queues one item for forwarding; call it inside the transaction that writes the item itself. */
export type OutboxEnqueue = (itemId: string, at: string) => void;

/**
 * The only statement that inserts into the outbox. Since migration 007 the table accepts any item_kind,
 * so this is where an unknown kind is refused: against the registry, when the statement is prepared
 * (the kind is fixed per statement, so every insert through it is covered). Passing the registry in lets
 * a test queue a throwaway kind that the production registry does not know.
 */
export function prepareOutboxEnqueue<K extends string>(db: KioskDatabase, registry: readonly OutboxKind<K>[], kind: NoInfer<K>): OutboxEnqueue {
  if (!registry.some((entry) => entry.kind === kind)) throw new Error(`Outbox kind "${kind}" is not in the registry (electron/store/outboxKinds.ts)`);
  const insert = db.prepare(`INSERT INTO outbox (item_kind, item_id, next_attempt_at, created_at) VALUES (?, ?, ?, ?)`);
  return (itemId, at) => {
    insert.run(kind, itemId, at, at);
  };
}
