import { z } from 'zod';

// Every keypad action, in one list (the EZ-Access / AudioNav convention, ADA 707.6).
// Shared because staff configure the bindings per station and the host validates them.
export const keypadActions = [
  'up', // previous item, spoken
  'down', // next item, spoken
  'back',
  'nextPage',
  'select',
  'repeat',
  'help', // once: context help; again: more help
  'pause',
  'volumeUp',
  'volumeDown',
  'rateUp',
  'rateDown',
  'home',
  'digit0',
  'digit1',
  'digit2',
  'digit3',
  'digit4',
  'digit5',
  'digit6',
  'digit7',
  'digit8',
  'digit9',
] as const;
export const KeypadActionSchema = z.enum(keypadActions);
export type KeypadAction = z.infer<typeof KeypadActionSchema>;

/** KeyboardEvent.key values per action; physical keypads differ, so stations override these. */
export type KeyBindings = Readonly<Record<KeypadAction, readonly string[]>>;

export const defaultKeyBindings: KeyBindings = {
  up: ['ArrowUp'],
  down: ['ArrowDown'],
  back: ['ArrowLeft', 'Backspace', 'Escape'],
  nextPage: ['ArrowRight'],
  select: ['Enter'],
  repeat: ['*'],
  help: ['#', 'F1', '?'],
  pause: [' ', 'Pause', 'MediaPlayPause'],
  volumeUp: ['+', 'AudioVolumeUp', 'F3'],
  volumeDown: ['-', 'AudioVolumeDown', 'F2'],
  rateUp: ['PageUp', 'F5'],
  rateDown: ['PageDown', 'F4'],
  home: ['Home'],
  digit0: ['0'],
  digit1: ['1'],
  digit2: ['2'],
  digit3: ['3'],
  digit4: ['4'],
  digit5: ['5'],
  digit6: ['6'],
  digit7: ['7'],
  digit8: ['8'],
  digit9: ['9'],
};

export type KeyBindingOverrides = Partial<Record<KeypadAction, readonly string[]>>;

export function mergeKeyBindings(overrides: KeyBindingOverrides): KeyBindings {
  return { ...defaultKeyBindings, ...overrides };
}

/** A key bound to two actions, reported at the later action (in keypadActions order). */
export type KeyBindingConflict = { readonly action: KeypadAction; readonly key: string; readonly other: KeypadAction };

/**
 * Keys bound to more than one action once the overrides are merged over the defaults. One key must
 * mean one thing (ADA 707.6): the key map keeps only the last binding, so the other action would be
 * silently unreachable from the keypad.
 */
export function keyBindingConflicts(overrides: KeyBindingOverrides): KeyBindingConflict[] {
  const merged = mergeKeyBindings(overrides);
  const owner = new Map<string, KeypadAction>();
  const conflicts: KeyBindingConflict[] = [];
  for (const action of keypadActions) {
    for (const key of new Set(merged[action])) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, action);
      else conflicts.push({ action, key, other });
    }
  }
  return conflicts;
}

/** A station's partial override applied over the defaults; a key bound to two actions is refused. */
export const KeyBindingOverridesSchema = z
  .partialRecord(KeypadActionSchema, z.array(z.string().min(1).max(32)).max(4))
  .superRefine((overrides, context) => {
    for (const conflict of keyBindingConflicts(overrides)) {
      context.addIssue({
        code: 'custom',
        path: [conflict.action],
        message: `key ${conflict.key} is already bound to ${conflict.other}`,
        params: { messageKey: 'staff.errors.keyDuplicate' },
      });
    }
  });

export function digitOf(action: KeypadAction): number | undefined {
  return action.startsWith('digit') ? Number(action.slice(5)) : undefined;
}
