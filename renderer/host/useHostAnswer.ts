import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { KioskResponse } from '../../shared/contract/kioskApi.js';
import { LOADING, whenAnswered, type HostQuery } from './hostQuery.js';

/** Where answers are kept beyond one screen (the visit's memory); `undefined` from read means not known. */
export type AnswerCache<T> = {
  read(key: string): T | undefined;
  write(key: string, value: T): void;
};

function known<T>(cache: AnswerCache<T> | undefined, key: string): HostQuery<T> {
  const value = cache?.read(key);
  return value === undefined ? LOADING : { status: 'ok', value };
}

/**
 * The one effect that asks the host (issue #14). It asks when the key changes, shows loading meanwhile, drops an
 * answer that comes after the key moved on, and keeps successful answers in `cache` when there is one (a failure
 * is never kept: the next screen that asks tries again). The key must stand for everything `ask` depends on:
 * `ask` itself is read when asking, so a new function with the same key does not ask again.
 */
export function useHostAnswer<T>(key: string, ask: () => Promise<KioskResponse<T>>, cache?: AnswerCache<T>): HostQuery<T> {
  // One object per key, so a cached answer keeps its identity across renders (screens key effects on it).
  const fromCache = useMemo(() => known(cache, key), [cache, key]);
  const [state, setState] = useState<{ readonly key: string; readonly query: HostQuery<T> }>(() => ({ key, query: fromCache }));
  const askNow = useEffectEvent(ask);

  useEffect(() => {
    // No new state (and no render) when the key already shows this query.
    const show = (query: HostQuery<T>): void => setState((current) => (current.key === key && current.query === query ? current : { key, query }));
    if (fromCache.status === 'ok') {
      show(fromCache);
      return undefined;
    }
    show(LOADING);
    return whenAnswered(askNow(), (query) => {
      if (query.status === 'ok') cache?.write(key, query.value);
      show(query);
    });
  }, [key, cache, fromCache]);

  // Until the effect has run for a new key, what is known for that key (loading, or the kept answer).
  return state.key === key ? state.query : fromCache;
}
