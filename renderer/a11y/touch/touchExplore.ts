import { isProgrammaticActivation } from '../activate.js';
import { navigableItems } from '../focus/navigableItems.js';

export const LONG_PRESS_MS = 3000;
const DOUBLE_TAP_MS = 700;
const SWIPE_MIN_PX = 80;
const MOVE_TOLERANCE_PX = 20;

export type TouchExploreOptions = {
  /** Audio mode is on: single taps explore instead of activating. */
  readonly exploring: () => boolean;
  /** Long press starts audio mode only where the resident is not yet in it. */
  readonly longPressAllowed: () => boolean;
  readonly onExplore: (item: HTMLElement) => void;
  readonly onSwipe: (direction: 1 | -1) => void;
  readonly onLongPress: () => void;
  /** Any touch stops speech (EN 301 549 5.1.3.5). */
  readonly onTouch: () => void;
};

/**
 * Touch exploration for blind residents on the touchscreen (ISSUE #3): in audio mode one tap speaks
 * the item under the finger without activating it, a second tap on the same item activates it, and a
 * horizontal swipe moves to the previous or next item. A 3 s press starts audio mode (EN 301 549 5.2).
 */
export function installTouchExplore(document: Document, options: TouchExploreOptions): () => void {
  let start: { x: number; y: number; at: number } | undefined;
  let longPressTimer: ReturnType<typeof setTimeout> | undefined;
  let swallowNextClick = false;
  let pending: { item: HTMLElement; at: number } | undefined;

  const cancelLongPress = (): void => {
    if (longPressTimer !== undefined) clearTimeout(longPressTimer);
    longPressTimer = undefined;
  };

  const onPointerDown = (event: PointerEvent): void => {
    options.onTouch();
    // While exploring, a touch must not move focus by itself (to the page, when it lands between
    // items): focus is where the resident last explored, and swipes move on from there.
    if (options.exploring()) event.preventDefault();
    start = { x: event.clientX, y: event.clientY, at: event.timeStamp };
    cancelLongPress();
    if (options.longPressAllowed()) {
      longPressTimer = setTimeout(() => {
        longPressTimer = undefined;
        swallowNextClick = true; // lifting the finger must not also press what was under it
        options.onLongPress();
      }, LONG_PRESS_MS);
    }
  };

  const onPointerMove = (event: PointerEvent): void => {
    if (start !== undefined && Math.hypot(event.clientX - start.x, event.clientY - start.y) > MOVE_TOLERANCE_PX) cancelLongPress();
  };

  const onPointerUp = (event: PointerEvent): void => {
    cancelLongPress();
    if (start === undefined || !options.exploring()) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dy) < Math.abs(dx) / 2) {
      swallowNextClick = true;
      options.onSwipe(dx > 0 ? 1 : -1);
    }
    start = undefined;
  };

  const onClick = (event: MouseEvent): void => {
    if (swallowNextClick) {
      swallowNextClick = false;
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (!options.exploring() || isProgrammaticActivation()) return;
    const target = event.target instanceof Element ? event.target : null;
    const item = navigableItems(document).find((candidate) => target !== null && candidate.contains(target));
    if (item === undefined) return;
    if (pending !== undefined && pending.item === item && event.timeStamp - pending.at <= DOUBLE_TAP_MS) {
      pending = undefined; // second tap: let the click through, which activates the item
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    pending = { item, at: event.timeStamp };
    options.onExplore(item);
  };

  document.addEventListener('pointerdown', onPointerDown, { capture: true });
  document.addEventListener('pointermove', onPointerMove, { capture: true });
  document.addEventListener('pointerup', onPointerUp, { capture: true });
  document.addEventListener('pointercancel', cancelLongPress, { capture: true });
  document.addEventListener('click', onClick, { capture: true });
  return () => {
    cancelLongPress();
    document.removeEventListener('pointerdown', onPointerDown, { capture: true });
    document.removeEventListener('pointermove', onPointerMove, { capture: true });
    document.removeEventListener('pointerup', onPointerUp, { capture: true });
    document.removeEventListener('pointercancel', cancelLongPress, { capture: true });
    document.removeEventListener('click', onClick, { capture: true });
  };
}
