import { useState } from 'react';
import type { HostQuery } from './hostQuery.js';

/**
 * Keeps the last answer (or failure) on screen while the next input is asked for, instead of a placeholder:
 * a view paged in place (the staff report's previous day) keeps its content, and the focus in it, until the
 * new content replaces it. Loading is shown only before the first answer.
 */
export function useHeldAnswer<T>(query: HostQuery<T>): HostQuery<T> {
  const [held, setHeld] = useState(query);
  // Adjusting state while rendering (React's pattern for "the last value seen"), so no frame shows loading.
  if (query.status !== 'loading' && query !== held) setHeld(query);
  return query.status === 'loading' ? held : query;
}
