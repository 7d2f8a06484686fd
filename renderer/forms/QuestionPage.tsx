import { useEffect, useRef, type ReactNode } from 'react';
import { CONFIRM_EVENT } from '../a11y/keypad/keypadCommands.js';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/errors.js';
import { Button } from '../ui/Button.js';
import { ScreenHeading } from '../ui/ScreenHeading.js';
import { ErrorSummary } from './ErrorSummary.js';

/**
 * One question per page (GOV.UK; ACCESSIBILITY.md "Cognitive"): the question is the heading, a hint
 * says how to answer, errors come first, then the answer and one clear "next".
 */
export function QuestionPage({
  context,
  question,
  hint,
  errors,
  children,
  onNext,
  nextLabel,
}: {
  context?: string;
  question: string;
  hint: string;
  errors: readonly FieldError[];
  children: ReactNode;
  onNext?: () => void;
  nextLabel?: string;
}) {
  const { t } = useTranslation();
  // Confirm on the keypad with no control in focus answers the question, as 下一步 does (issue #12).
  const next = useRef(onNext);
  next.current = onNext;
  useEffect(() => {
    const main = document.querySelector('main');
    const onConfirm = (event: Event): void => {
      if (next.current === undefined) return;
      event.preventDefault();
      next.current();
    };
    main?.addEventListener(CONFIRM_EVENT, onConfirm);
    return () => main?.removeEventListener(CONFIRM_EVENT, onConfirm);
  }, []);
  return (
    <>
      {context !== undefined && <p className="question-context">{context}</p>}
      <ScreenHeading>{question}</ScreenHeading>
      <p className="screen-purpose">{hint}</p>
      <ErrorSummary errors={errors} />
      <div className="question-body">{children}</div>
      {onNext !== undefined && (
        <div className="pager">
          <Button variant="primary" onPress={onNext}>
            {nextLabel ?? t('interest.next')}
          </Button>
        </div>
      )}
    </>
  );
}
