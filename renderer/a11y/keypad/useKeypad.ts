import { useEffect } from 'react';
import type { KeypadAction } from '../../../shared/keypad/keypadActions.js';
import { createKeyFilter } from './keyFilter.js';
import type { KeyMap } from './keyMap.js';

// In a text field typing keys keep their meaning (Backspace deletes, digits type); moving, confirming
// and Escape (back) still go to the keypad, so a blind resident is never stuck in a field.
const ACTIONS_ALLOWED_IN_FIELDS: ReadonlySet<KeypadAction> = new Set(['up', 'down', 'select']);
const KEYS_ALLOWED_IN_FIELDS: ReadonlySet<string> = new Set(['Escape', 'F1', 'Home']);

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input:not([type="button"]), textarea, select'));
}

// A resident text field (TextEntry) takes its keypad keys through the key map like everything else:
// digits spell pinyin there instead of typing digits, and Space is still the keypad's pause key (so a
// keyboard cannot type a space there; resident fields are names and searches, entered by pinyin or IME).
function isKeypadTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.hasAttribute('data-keypad-text');
}

/**
 * The only raw-key listener in the renderer: key → filter (auto-repeat, double strike) → action.
 * Every accepted key first stops speech (EN 301 549 5.1.3.5), except pause, which must not.
 */
export function useKeypad(options: {
  keyMap: KeyMap;
  doubleStrikeMs: number;
  onAction: (action: KeypadAction) => boolean;
  onAnyKey: () => void;
}): void {
  const { keyMap, doubleStrikeMs, onAction, onAnyKey } = options;
  useEffect(() => {
    const filter = createKeyFilter({ doubleStrikeMs });
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = keyMap.actionFor(event.key);
      if (action === undefined) return;
      if (!isKeypadTextField(event.target) && isEditable(event.target) && !ACTIONS_ALLOWED_IN_FIELDS.has(action) && !KEYS_ALLOWED_IN_FIELDS.has(event.key)) return;
      event.preventDefault();
      if (!filter.accept({ key: event.key, repeat: event.repeat, timeStamp: event.timeStamp })) return;
      if (action !== 'pause') onAnyKey();
      onAction(action);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [keyMap, doubleStrikeMs, onAction, onAnyKey]);
}
