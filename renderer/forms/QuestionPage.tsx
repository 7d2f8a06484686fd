import { useEffect, useRef, type ReactNode } from 'react';
import { CONFIRM_EVENT } from '../a11y/keypad/keypadCommands.js';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/errors.js';
import { Button } from '../ui/Button.js';
import { SCREEN_HEADING_ID, ScreenHeading } from '../ui/ScreenHeading.js';
import { translateMessage } from '../i18n/translateMessage.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FormField, type FieldControl } from './FormField.js';

/** The question page's hint paragraph: the hint of its one field. */
export const QUESTION_HINT_ID = 'question-hint';

/** The page's one answer, as a form field: its control's id and the control itself. */
export type QuestionField = {
  readonly id: string;
  readonly control: (control: FieldControl) => ReactNode;
};

/**
 * One question per page (GOV.UK; ACCESSIBILITY.md "Cognitive"): the question is the heading, a hint
 * says how to answer, errors come first, then the answer and one clear "next".
 *
 * With `field`, the answer is a FormField labelled by the question and described by the hint: an error
 * that names a field (any path but '') is about this page's one question, so it is shown beside the
 * control and its summary item links there (GOV.UK error message and error summary). A page-level error
 * (path '', e.g. the card reader's) stays in the summary only.
 */
export function QuestionPage({
  context,
  question,
  hint,
  errors,
  field,
  children,
  onNext,
  nextLabel,
}: {
  context?: string;
  question: string;
  hint: string;
  errors: readonly FieldError[];
  field?: QuestionField;
  children?: ReactNode;
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
  // GOV.UK: one message beside a field, the first; the summary lists them all.
  const fieldError = errors.find((error) => error.path !== '');
  return (
    <>
      {context !== undefined && <p className="question-context">{context}</p>}
      <ScreenHeading>{question}</ScreenHeading>
      <p className="screen-purpose" id={QUESTION_HINT_ID}>
        {hint}
      </p>
      <ErrorSummary errors={errors} {...(field === undefined ? {} : { linkTo: () => field.id })} />
      <div className="question-body">
        {field !== undefined && (
          <FormField
            id={field.id}
            labelledBy={SCREEN_HEADING_ID}
            hintId={QUESTION_HINT_ID}
            error={fieldError === undefined ? undefined : translateMessage(t, fieldError.messageKey, fieldError.params)}
          >
            {field.control}
          </FormField>
        )}
        {children}
      </div>
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
