import { describe, expect, it } from 'vitest';
import { createKeyFilter } from '../../../renderer/a11y/keypad/keyFilter.js';
import { createKeyMap } from '../../../renderer/a11y/keypad/keyMap.js';
import { defaultKeyBindings, KeyBindingOverridesSchema, mergeKeyBindings } from '../../../shared/keypad/keypadActions.js';

describe('key map', () => {
  it('maps the EZ-Access defaults', () => {
    const map = createKeyMap(defaultKeyBindings);
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'Backspace', 'Escape', 'ArrowRight', 'Enter', '*', '#', 'Home', '5'].map(map.actionFor)).toEqual([
      'up', 'down', 'back', 'back', 'back', 'nextPage', 'select', 'repeat', 'help', 'home', 'digit5',
    ]);
    expect(map.actionFor('a')).toBeUndefined();
  });

  it('applies a station override, which replaces that action\'s default keys', () => {
    const overrides = KeyBindingOverridesSchema.parse({ help: ['F12'], select: ['Enter', 'NumpadEnter'] });
    const map = createKeyMap(mergeKeyBindings(overrides));
    expect(map.actionFor('F12')).toBe('help');
    expect(map.actionFor('#')).toBeUndefined();
    expect(map.actionFor('NumpadEnter')).toBe('select');
  });

  it('refuses overrides for unknown actions', () => {
    expect(KeyBindingOverridesSchema.safeParse({ selfDestruct: ['x'] }).success).toBe(false);
  });
});

describe('key filter', () => {
  it('ignores auto-repeat entirely (508 407.4)', () => {
    const filter = createKeyFilter({ doubleStrikeMs: 0 });
    expect(filter.accept({ key: 'ArrowDown', repeat: false, timeStamp: 0 })).toBe(true);
    expect(filter.accept({ key: 'ArrowDown', repeat: true, timeStamp: 600 })).toBe(false);
    expect(filter.accept({ key: 'ArrowDown', repeat: true, timeStamp: 5000 })).toBe(false);
  });

  it('drops a bounce of the same key inside the double-strike window, but not a different key (EN 301 549 5.8)', () => {
    const filter = createKeyFilter({ doubleStrikeMs: 300 });
    expect(filter.accept({ key: '1', repeat: false, timeStamp: 1000 })).toBe(true);
    expect(filter.accept({ key: '1', repeat: false, timeStamp: 1200 })).toBe(false);
    expect(filter.accept({ key: '2', repeat: false, timeStamp: 1250 })).toBe(true);
    expect(filter.accept({ key: '2', repeat: false, timeStamp: 1600 })).toBe(true);
  });
});
