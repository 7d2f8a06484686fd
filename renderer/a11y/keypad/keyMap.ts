import type { KeyBindings, KeypadAction } from '../../../shared/keypad/keypadActions.js';

export type KeyMap = { actionFor(key: string): KeypadAction | undefined };

/** The one place raw keys become actions; nothing else in the renderer listens to raw keys. */
export function createKeyMap(bindings: KeyBindings): KeyMap {
  const byKey = new Map<string, KeypadAction>();
  for (const [action, keys] of Object.entries(bindings) as [KeypadAction, readonly string[]][]) {
    for (const key of keys) byKey.set(key, action);
  }
  return { actionFor: (key) => byKey.get(key) };
}
