import { useEffect, useState } from 'react';

/**
 * The value a promise gives, once it has: undefined until then. `load` is called when the component mounts
 * (and again when `key` changes); an answer that arrives after unmount or for an older key is dropped, so a
 * slow load never overwrites a newer one. For loads that are not host calls (those use useHostQuery):
 * a lazily imported chunk such as the pinyin dictionary.
 */
export function useAsyncValue<T>(load: () => Promise<T>, key = ''): T | undefined {
  const [state, setState] = useState<{ readonly key: string; readonly value: T } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void load().then((value) => {
      if (current) setState({ key, value });
    });
    return () => {
      current = false;
    };
    // `key` says when to load again; `load` is usually a new function each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reloads on key only
  }, [key]);
  return state?.key === key ? state.value : undefined;
}
