import { describe, expect, it } from 'vitest';
import { LOADING, queryKey, queryOf, whenAnswered } from '../../../renderer/host/hostQuery.js';
import type { KioskResponse } from '../../../shared/contract/kioskApi.js';
import { kioskError } from '../../../shared/errors.js';

/** A promise the test settles by hand, so the order of answer and cancel is the test's to choose. */
function pending<T>(): { promise: Promise<KioskResponse<T>>; answer(response: KioskResponse<T>): void } {
  let answer: (response: KioskResponse<T>) => void = () => undefined;
  const promise = new Promise<KioskResponse<T>>((resolve) => {
    answer = resolve;
  });
  return { promise, answer };
}

describe('host query core', () => {
  it('keys a read by its content, not by the object, and a new round asks again', () => {
    expect(queryKey('jobs.search', { text: '保洁', page: 0 })).toBe(queryKey('jobs.search', { text: '保洁', page: 0 }));
    expect(queryKey('jobs.search', { text: '保洁', page: 0 })).not.toBe(queryKey('jobs.search', { text: '保洁', page: 1 }));
    expect(queryKey('jobs.search', { text: '保洁' }, 1)).not.toBe(queryKey('jobs.search', { text: '保洁' }, 0));
    expect(queryKey('jobs.search', { text: '保洁' }, 1)).not.toBe(queryKey('jobs.search', { text: '保洁' }, 2));
    // Round 0 is the plain key, so answers kept for the visit before rounds existed are still found.
    expect(queryKey('policies.list', {})).toBe('host:policies.list:{}');
  });

  it('turns an answer into ok or failed', () => {
    expect(queryOf({ ok: true, value: 3 })).toEqual({ status: 'ok', value: 3 });
    expect(queryOf({ ok: false, error: kioskError('unavailable') })).toEqual({ status: 'failed', error: kioskError('unavailable') });
    expect(LOADING).toEqual({ status: 'loading' });
  });

  it('hands on an answer that comes before the cancel', async () => {
    const ask = pending<number>();
    const seen: unknown[] = [];
    whenAnswered(ask.promise, (query) => seen.push(query));
    ask.answer({ ok: true, value: 7 });
    await ask.promise;
    expect(seen).toEqual([{ status: 'ok', value: 7 }]);
  });

  it('drops an answer that comes after the cancel (the input moved on, or the screen went)', async () => {
    const ask = pending<number>();
    const seen: unknown[] = [];
    const cancel = whenAnswered(ask.promise, (query) => seen.push(query));
    cancel();
    ask.answer({ ok: false, error: kioskError('unavailable') });
    await ask.promise;
    expect(seen).toEqual([]);
  });
});
