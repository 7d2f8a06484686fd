import { useCallback, useState } from 'react';
import { useSession } from './sessionContext.js';

/**
 * State that outlives a screen but not the visit: the job search the resident set up, the answers
 * they already gave (WCAG 3.3.7: don't ask twice). It lives in the session, so ending the visit clears it.
 */
export function useSessionMemory<T>(key: string, initial: T): [T, (value: T) => void] {
  const { memory } = useSession();
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  const update = useCallback(
    (next: T) => {
      memory.set(key, next);
      setValue(next);
    },
    [memory, key],
  );
  return [value, update];
}
