// The items Up/Down move through: every visible control plus text blocks marked data-nav-item,
// in reading order, inside the screen's main region and then the nav bar (ADA 707.6; EN 301 549 5.1.3.16).
const NAVIGABLE_SELECTOR = [
  'button:not([disabled])',
  'a[href]',
  'input:not([type="hidden"]):not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[role="button"]',
  '[role="radio"]',
  '[role="checkbox"]',
  '[data-nav-item]',
].join(',');

export const NAV_SCOPE_SELECTOR = '[data-nav-scope]';

function isShown(element: HTMLElement): boolean {
  if (element.closest('[inert], [aria-hidden="true"]') !== null) return false;
  return element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true });
}

/** Items of the topmost active scope: an open dialog wins over the screen, so focus never leaves it. */
export function navigableItems(document: Document): HTMLElement[] {
  const dialog = document.querySelector<HTMLElement>('[role="alertdialog"], [role="dialog"]');
  const scopes = dialog !== null ? [dialog] : Array.from(document.querySelectorAll<HTMLElement>(NAV_SCOPE_SELECTOR));
  return scopes.flatMap((scope) => Array.from(scope.querySelectorAll<HTMLElement>(NAVIGABLE_SELECTOR)).filter(isShown));
}

/** Moves focus one item up or down, wrapping at the ends; returns the new item and its position. */
export function moveFocus(document: Document, direction: 1 | -1): { item: HTMLElement; index: number; total: number } | undefined {
  const items = navigableItems(document);
  if (items.length === 0) return undefined;
  const current = items.indexOf(document.activeElement as HTMLElement);
  const next = current === -1 ? (direction === 1 ? 0 : items.length - 1) : (current + direction + items.length) % items.length;
  const item = items[next];
  if (item === undefined) return undefined;
  focusItem(item);
  return { item, index: next + 1, total: items.length };
}

export function positionOf(document: Document, item: HTMLElement): { index: number; total: number } {
  const items = navigableItems(document);
  return { index: items.indexOf(item) + 1, total: items.length };
}

export function focusItem(item: HTMLElement): void {
  if (!item.matches('button, a, input, select, textarea') && !item.hasAttribute('tabindex')) {
    item.tabIndex = -1; // text blocks become focusable only when the keypad visits them
  }
  item.focus();
  item.scrollIntoView({ block: 'nearest' });
}
