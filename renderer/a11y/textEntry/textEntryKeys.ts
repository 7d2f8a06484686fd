import { digitOf, type KeypadAction } from '../../../shared/keypad/keypadActions.js';
import type { PinyinEntryInput } from '../../../shared/textEntry/pinyinEntry.js';

/** Sent to the text field on screen with the keypad input it may take (cancelled = taken). */
export const TEXT_ENTRY_KEY_EVENT = 'kiosk:text-entry-key';
export const TEXT_ENTRY_SELECTOR = 'main [data-text-entry]';

/** The keypad actions a text field can take: digits, Back, Confirm and Next page. Help, repeat, Up/Down keep their meaning. */
export function textEntryInputOf(action: KeypadAction): PinyinEntryInput | undefined {
  const digit = digitOf(action);
  if (digit !== undefined) return { kind: 'digit', digit };
  if (action === 'back') return { kind: 'back' };
  if (action === 'select') return { kind: 'confirm' };
  if (action === 'nextPage') return { kind: 'more' };
  return undefined;
}

/** Offers a key to the text field on screen; true when the field took it. */
export function offerToTextEntry(document: Document, input: PinyinEntryInput): boolean {
  const field = document.querySelector(TEXT_ENTRY_SELECTOR);
  if (field === null) return false;
  return !field.dispatchEvent(new CustomEvent<PinyinEntryInput>(TEXT_ENTRY_KEY_EVENT, { detail: input, cancelable: true }));
}
