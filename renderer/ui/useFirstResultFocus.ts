import { useRef } from 'react';
import { focusItem } from '../a11y/focus/navigableItems.js';

/**
 * Confirm in a search field asks for the results (issue #12: "Enter in a search field searches"): once
 * they are in, focus moves to the first one so Up/Down and Confirm go on from there.
 */
export function useFirstResultFocus(): { readonly request: (confirmed: boolean) => void; readonly requested: () => boolean; readonly settle: () => void } {
  const wanted = useRef(false);
  return {
    request: (confirmed) => {
      wanted.current = confirmed;
    },
    requested: () => wanted.current,
    settle: () => {
      const first = document.querySelector<HTMLElement>('main .result-list button');
      if (wanted.current && first !== null) focusItem(first);
      wanted.current = false;
    },
  };
}
