import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/errors.js';
import { describeItem } from '../a11y/focus/describeItem.js';
import { focusItem, positionOf } from '../a11y/focus/navigableItems.js';
import { useSession } from '../session/sessionContext.js';
import { translateMessage } from '../i18n/translateMessage.js';

/** The field errors' translated messages; each message names its field (EN 301 549 5.1.3.15). */
export function useFieldMessages(errors: readonly FieldError[]): string[] {
  const { t } = useTranslation();
  return errors.map((error) => translateMessage(t, error.messageKey, error.params));
}

/**
 * GOV.UK error summary: at the top of the question, focused and spoken when it appears, so keyboard,
 * screen-reader and voice users all meet it first. With `linkTo`, each error whose field is on the page
 * links to it: Confirm on the item (keypad) or a tap moves focus to the field and says what is there,
 * its hint and its error (GOV.UK error summary; WCAG 3.3.1, 2.4.3).
 */
export function ErrorSummary({ errors, linkTo }: { errors: readonly FieldError[]; linkTo?: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  const { speech } = useSession();
  const messages = useFieldMessages(errors);
  const box = useRef<HTMLDivElement>(null);
  const spoken = messages.join(' ');
  // An item links only to a field that is on the page (a choice group, or a path only the host checks, has
  // none), so no link leads nowhere. Checked once the page is in the DOM, before it is painted.
  const wanted = errors.map((error) => (error.path === '' ? undefined : linkTo?.(error.path)));
  const wantedKey = wanted.join(' ');
  const [present, setPresent] = useState<ReadonlySet<string>>(new Set());
  useLayoutEffect(() => {
    setPresent(new Set(wanted.filter((id): id is string => id !== undefined && document.getElementById(id) !== null)));
    // The ids stand for the list: a new array with the same ids must not check again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- compared through wantedKey
  }, [wantedKey]);
  useEffect(() => {
    if (spoken === '') return;
    box.current?.focus();
    speech.say([t('interest.errorSummary'), ...messages]);
    // Speak once per distinct set of errors, not when the translator or speech object is recreated.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- an event on a new set of errors, not a sync
  }, [spoken]);
  if (errors.length === 0) return null;
  const goTo = (event: MouseEvent<HTMLAnchorElement>, fieldId: string): void => {
    // The kiosk has no addresses to change: move focus ourselves, as GOV.UK's script does.
    event.preventDefault();
    const field = event.currentTarget.ownerDocument.getElementById(fieldId);
    if (field === null) return;
    focusItem(field);
    speech.say(describeItem(field, positionOf(field.ownerDocument, field), t));
  };
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} data-nav-item>
      <h2 className="error-summary-title">{t('interest.errorSummary')}</h2>
      <ul>
        {messages.map((message, index) => {
          const fieldId = wanted[index];
          return (
            <li key={message}>
              {fieldId === undefined || !present.has(fieldId) ? (
                message
              ) : (
                <a href={`#${fieldId}`} className="error-summary-link" data-nav-item onClick={(event) => goTo(event, fieldId)}>
                  {message}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
