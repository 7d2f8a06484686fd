import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { channels, type ChannelInput, type ChannelName, type ChannelOutput } from '../../shared/contract/channels.js';
import type { KioskError } from '../../shared/errors.js';
import { useSession } from '../session/sessionContext.js';
import { kioskApi } from '../kiosk.js';

// One way for a screen to read from the host (issue #14): ask once, keep the answer for the visit, drop it
// with the visit. The cache is the session's memory, so ending a visit (walk-away reset) clears it.
// TanStack Query would fit, but what the kiosk needs is this small: no refetching on focus or intervals
// (the host pushes catalog changes as events), one visit-long cache, and answers that are already typed
// Results. A small hook keeps the bundle and the behaviour obvious.

export type HostQuery<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'failed'; readonly error: KioskError };

const LOADING = { status: 'loading' } as const;

function cacheKey(channel: ChannelName, input: unknown): string {
  return `host:${channel}:${JSON.stringify(input)}`;
}

/** A cached answer read back through the channel's own output schema, so nothing is trusted by a cast. */
function fromCache<C extends ChannelName>(memory: ReadonlyMap<string, unknown>, channel: C, key: string): HostQuery<ChannelOutput<C>> {
  if (!memory.has(key)) return LOADING;
  // TypeScript cannot narrow channels[C] for a generic C; the schema is exactly that channel's output schema.
  const schema: z.ZodType = channels[channel].output;
  const parsed = schema.safeParse(memory.get(key));
  return parsed.success ? { status: 'ok', value: parsed.data as ChannelOutput<C> } : LOADING;
}

/** 'visit': asked once and kept until the visit ends; 'screen': asked again each time a screen mounts (fresh data). */
export type HostQueryKeep = 'visit' | 'screen';

/**
 * Calls a channel and, by default, keeps its answer for the rest of the visit. A failure is not cached: the
 * next screen that asks tries again. The input must be serialisable: it is the cache key.
 */
export function useHostQuery<C extends ChannelName>(channel: C, input: ChannelInput<C>, keep: HostQueryKeep = 'visit'): HostQuery<ChannelOutput<C>> {
  const session = useSession();
  // A screen-long query gets a map of its own that no other screen reads.
  const [screenMemory] = useState(() => new Map<string, unknown>());
  const memory = keep === 'visit' ? session.memory : screenMemory;
  const key = cacheKey(channel, input);
  const [state, setState] = useState<{ key: string; query: HostQuery<ChannelOutput<C>> }>(() => ({ key, query: fromCache(memory, channel, key) }));
  const query = state.key === key ? state.query : fromCache(memory, channel, key);

  useEffect(() => {
    const known = fromCache(memory, channel, key);
    if (known.status === 'ok') {
      setState({ key, query: known });
      return undefined;
    }
    let active = true;
    setState({ key, query: LOADING });
    void kioskApi()
      .invoke(channel, input)
      .then((result) => {
        if (!active) return;
        if (result.ok) memory.set(key, result.value);
        setState({ key, query: result.ok ? { status: 'ok', value: result.value } : { status: 'failed', error: result.error } });
      });
    return () => {
      active = false;
    };
    // The key stands for channel and input: a new object with the same content must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- input is compared through key
  }, [key, memory, channel]);

  return query;
}
