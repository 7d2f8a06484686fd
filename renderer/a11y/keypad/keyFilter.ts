export type KeyFilterOptions = {
  /** A second press of the same key within this window is dropped (EN 301 549 5.8); 0 turns it off. */
  readonly doubleStrikeMs: number;
};

export type KeyPress = { readonly key: string; readonly repeat: boolean; readonly timeStamp: number };

/**
 * Drops key auto-repeat entirely (508 407.4, EN 301 549 5.7: holding a key does nothing more),
 * and a bounce of the same key inside the double-strike window (EN 301 549 5.8).
 * No action ever needs two keys at once (EN 301 549 5.9), so there is nothing to combine here.
 */
export function createKeyFilter(options: KeyFilterOptions): { accept(press: KeyPress): boolean } {
  let lastKey: string | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    accept(press) {
      if (press.repeat) return false;
      const bounce = press.key === lastKey && press.timeStamp - lastAt < options.doubleStrikeMs;
      if (!bounce) {
        lastKey = press.key;
        lastAt = press.timeStamp;
      }
      return !bounce;
    },
  };
}
