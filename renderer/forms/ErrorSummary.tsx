import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/errors.js';
import { useSession } from '../session/sessionContext.js';
import { translateMessage } from '../i18n/translateMessage.js';

/** The field errors' translated messages; each message names its field (EN 301 549 5.1.3.15). */
export function useFieldMessages(errors: readonly FieldError[]): string[] {
  const { t } = useTranslation();
  return errors.map((error) => translateMessage(t, error.messageKey, error.params));
}

/**
 * GOV.UK error summary: at the top of the question, focused and spoken when it appears, so keyboard,
 * screen-reader and voice users all meet it first.
 */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  const { speech } = useSession();
  const messages = useFieldMessages(errors);
  const box = useRef<HTMLDivElement>(null);
  const spoken = messages.join(' ');
  useEffect(() => {
    if (spoken === '') return;
    box.current?.focus();
    speech.say([t('interest.errorSummary'), ...messages]);
    // Speak once per distinct set of errors, not when the translator or speech object is recreated.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- an event on a new set of errors, not a sync
  }, [spoken]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} data-nav-item>
      <h2 className="error-summary-title">{t('interest.errorSummary')}</h2>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
