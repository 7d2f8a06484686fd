import type { PersonalDataCipher } from '../../crypto/personalDataCipher.js';
import type { KioskDatabase } from '../openDatabase.js';

/** Items ready to send, and those that cannot be sent as stored (kept, and shown to staff as rejected). */
export type UploadItems<T> = { readonly items: T[]; readonly unsendable: { itemId: string; reason: string }[] };

/** What a batch reader may use: the database, and the cipher for kinds that carry personal data. */
export type UploadSource = { readonly db: KioskDatabase; readonly cipher: PersonalDataCipher };

/**
 * Turns the ids of due outbox entries into the central API's items for one batch, in the order asked.
 * The forwarder needs nothing of an item but its id (the idempotency key it matches answers by).
 */
export type BatchReader = (source: UploadSource, ids: readonly string[]) => UploadItems<{ readonly id: string }>;

/** Rows in the order their ids were asked for (the outbox order), whatever order SQLite returned them in. */
export function inRequestedOrder<R extends { id: string }>(rows: readonly R[], ids: readonly string[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [row];
  });
}

export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Ids whose row is gone: they can never be sent, so they are rejected for staff rather than retried. */
export function missingIds(rows: readonly { id: string }[], ids: readonly string[]): { itemId: string; reason: string }[] {
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id)).map((id) => ({ itemId: id, reason: 'local:missing' }));
}
