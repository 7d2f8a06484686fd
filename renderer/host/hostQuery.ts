import type { KioskResponse } from '../../shared/contract/kioskApi.js';
import type { KioskError } from '../../shared/errors.js';

// The plain part of the host layer (issue #14): what a read's state is, how its key is made, and how one ask
// is started and cancelled. No React here, so the rules are unit-tested without a DOM.

export type HostQuery<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'failed'; readonly error: KioskError };

/** One shared object: a screen that keys an effect on the query sees no change while it stays loading. */
export const LOADING = { status: 'loading' } as const;

/**
 * What identifies one read: its name, its input (serialisable, compared by content, so a new object with the
 * same content is the same read), and a round the caller bumps to ask again with the same input.
 */
export function queryKey(name: string, input: unknown, round = 0): string {
  return `host:${name}:${JSON.stringify(input)}${round === 0 ? '' : `#${round}`}`;
}

export function queryOf<T>(response: KioskResponse<T>): HostQuery<T> {
  return response.ok ? { status: 'ok', value: response.value } : { status: 'failed', error: response.error };
}

/**
 * Hands the answer on when it comes, unless the returned cancel ran first: an effect's cleanup, so an answer
 * for an input the screen has moved on from (or a screen that has gone) is dropped.
 */
export function whenAnswered<T>(pending: Promise<KioskResponse<T>>, onAnswer: (query: HostQuery<T>) => void): () => void {
  let active = true;
  void pending.then((response) => {
    if (active) onAnswer(queryOf(response));
  });
  return () => {
    active = false;
  };
}
