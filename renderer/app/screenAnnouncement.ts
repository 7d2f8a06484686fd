import type { TFunction } from 'i18next';

/** The current screen's one-sentence purpose, read from the screen itself so speech matches the display. */
export function screenPurpose(document: Document): string {
  return document.querySelector('main .screen-purpose')?.textContent?.trim() ?? '';
}

/**
 * What is spoken on entering a screen: its title, its purpose, and how to move
 * ("按上下键选择，按确认键进入"); on home, the numbered menu (ISSUE #3; EN 301 549 5.1.3.14, 5.1.3.16).
 */
export function screenAnnouncement(document: Document, t: TFunction, onHome: boolean): string[] {
  const title = document.querySelector('main h1')?.textContent?.trim() ?? '';
  // A screen can add what must be heard on arrival (a review read-out, a reference number) as
  // data-announce; its value is the spoken form, e.g. a masked number spelled digit by digit.
  const extra = Array.from(document.querySelectorAll<HTMLElement>('main [data-announce]'), (element) => element.dataset['announce'] ?? '');
  return [title, screenPurpose(document), ...extra, onHome ? t('a11y.menu') : t('a11y.howToMove')].filter((part) => part !== '');
}
