import { useMemo } from 'react';
import type { z } from 'zod';
import { channels, type ChannelInput, type ChannelName, type ChannelOutput } from '../../shared/contract/channels.js';
import { useSession } from '../session/sessionContext.js';
import { kioskApi } from '../kiosk.js';
import { queryKey, type HostQuery } from './hostQuery.js';
import { useHostAnswer, type AnswerCache } from './useHostAnswer.js';

// One way for a screen to read from the host (issue #14): ask once, keep the answer for the visit, drop it
// with the visit. The cache is the session's memory, so ending a visit (walk-away reset) clears it.
// TanStack Query would fit, but what the kiosk needs is this small: no refetching on focus or intervals
// (the host pushes catalog changes as events), one visit-long cache, and answers that are already typed
// Results. A small hook keeps the bundle and the behaviour obvious.

export type { HostQuery } from './hostQuery.js';

/**
 * 'visit': asked once and kept until the visit ends. 'screen': nothing is kept beyond the answer on screen, so
 * each mount and each new input asks again (fresh data: a listing that may be withdrawn, search results, staff data).
 */
export type HostQueryKeep = 'visit' | 'screen';

/** The visit's memory as a cache for one channel, read back through the channel's own output schema, so nothing is trusted by a cast. */
function visitCache<C extends ChannelName>(memory: Map<string, unknown>, channel: C): AnswerCache<ChannelOutput<C>> {
  // TypeScript cannot narrow channels[C] for a generic C; the schema is exactly that channel's output schema.
  const schema: z.ZodType = channels[channel].output;
  return {
    read(key) {
      if (!memory.has(key)) return undefined;
      const parsed = schema.safeParse(memory.get(key));
      return parsed.success ? (parsed.data as ChannelOutput<C>) : undefined;
    },
    write(key, value) {
      memory.set(key, value);
    },
  };
}

/**
 * Calls a channel and, by default, keeps its answer for the rest of the visit. A failure is not cached: the
 * next screen that asks tries again. The input must be serialisable: it is the cache key. `round` asks again
 * with the same input when the caller bumps it (a search confirmed again).
 */
export function useHostQuery<C extends ChannelName>(channel: C, input: ChannelInput<C>, keep: HostQueryKeep = 'visit', round = 0): HostQuery<ChannelOutput<C>> {
  const { memory } = useSession();
  const cache = useMemo(() => (keep === 'visit' ? visitCache(memory, channel) : undefined), [keep, memory, channel]);
  return useHostAnswer(queryKey(channel, input, round), () => kioskApi().invoke(channel, input), cache);
}
