import type { TFunction } from 'i18next';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The accessible name, as a screen reader would say it: aria-label, then labelledby, then text. */
export function labelOf(element: HTMLElement): string {
  // A spoken form the screen supplied (a number spelled digit by digit, a masked value) wins.
  const spoken = element.dataset['announceFocus'] ?? element.dataset['announce'];
  if (spoken !== undefined && spoken !== '') return collapse(spoken);
  const ariaLabel = element.getAttribute('aria-label');
  if (ariaLabel !== null && ariaLabel.trim() !== '') return collapse(ariaLabel);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy !== null) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim() !== '') return collapse(text);
  }
  if (element instanceof HTMLInputElement && element.labels !== null && element.labels.length > 0) {
    return collapse(Array.from(element.labels, (label) => label.textContent ?? '').join(' '));
  }
  return collapse(element.innerText || element.textContent || '');
}

/** The ids an ARIA reference attribute lists (aria-labelledby, aria-describedby). */
function idsIn(element: HTMLElement, attribute: string): string[] {
  return (element.getAttribute(attribute) ?? '').split(/\s+/).filter((id) => id !== '');
}

/**
 * The accessible description: what aria-describedby points at, such as a field's hint and its inline error
 * (WCAG 1.3.1, 3.3.1; EN 301 549 5.1.3.15), one part per element. A part the name already says (an element
 * that also labels, or the same text) is left out, so nothing is read twice.
 */
export function descriptionsOf(element: HTMLElement): string[] {
  const labelledBy = new Set(idsIn(element, 'aria-labelledby'));
  const said = new Set([labelOf(element)]);
  const parts: string[] = [];
  for (const id of idsIn(element, 'aria-describedby')) {
    if (labelledBy.has(id)) continue;
    const text = collapse(element.ownerDocument.getElementById(id)?.textContent ?? '');
    if (text === '' || said.has(text)) continue;
    said.add(text);
    parts.push(text);
  }
  return parts;
}

type RoleKey = 'button' | 'link' | 'textbox' | 'radio' | 'checkbox' | 'switch';

function roleOf(element: HTMLElement): RoleKey | undefined {
  const role = element.getAttribute('role');
  if (role === 'button' || role === 'radio' || role === 'checkbox' || role === 'switch' || role === 'link') return role;
  if (element instanceof HTMLButtonElement) return 'button';
  if (element instanceof HTMLAnchorElement) return 'link';
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return 'textbox';
  return undefined;
}

function stateOf(element: HTMLElement): 'selected' | 'notSelected' | 'unavailable' | 'current' | undefined {
  if (element.getAttribute('aria-disabled') === 'true') return 'unavailable';
  const pressed = element.getAttribute('aria-pressed') ?? element.getAttribute('aria-checked');
  if (pressed === 'true') return 'selected';
  if (pressed === 'false') return 'notSelected';
  if (element.getAttribute('aria-current') !== null) return 'current';
  return undefined;
}

/** A sentence's own full stop would sit before the role and position ("…信息。，第1项"): drop it. */
function withoutFullStop(text: string): string {
  return text.replace(/[。！？.!?]+$/u, '');
}

/**
 * What is spoken when focus lands on an item: its label, role, state, description and position
 * ("找工作，按钮，第1项，共8项"; ISSUE #3, EN 301 549 5.1.3.16). A field's description is its hint and
 * its inline error, in the order a screen reader reads them after the name.
 */
export function describeItem(element: HTMLElement, position: { index: number; total: number }, t: TFunction): string {
  const parts = [withoutFullStop(labelOf(element))];
  const role = roleOf(element);
  if (role !== undefined) parts.push(t(`a11y.role.${role}`));
  const state = stateOf(element);
  if (state !== undefined) parts.push(t(`a11y.state.${state}`));
  parts.push(...descriptionsOf(element).map(withoutFullStop));
  // Items in a result list say their place in the results ("第3条，共25条") instead of on the screen.
  parts.push(element.dataset['spokenPosition'] ?? t('a11y.position', { index: position.index, total: position.total }));
  return parts.filter((part) => part !== '').join(t('a11y.separator'));
}
