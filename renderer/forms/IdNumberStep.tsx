import { useState } from 'react';
import type { FieldError } from '../../shared/errors.js';
import { checkIdNumber } from '../../shared/forms/personalFields.js';
import { fieldIdFor } from './FormField.js';
import { IdCardButton } from './IdCardButton.js';
import { NumberStep } from './NumberStep.js';
import { useResidentAnswers } from './residentAnswers.js';

/**
 * "What is your 身份证号?" on the numeric pad (X allowed last), checked against GB 11643 as soon as the
 * 18th character is in. The answer is kept for the visit, so no later form asks again (WCAG 3.3.7).
 * With `skip`, the number is optional and an empty answer says how to skip. The ID card reader fills
 * it (and the name) at once; `onCardRead` then says where to go, as the name is known too.
 */
export function IdNumberStep({
  context,
  question,
  hint,
  onDone,
  skip,
  onCardRead,
}: {
  context: string | undefined;
  question: string;
  hint: string;
  onDone: () => void;
  skip?: { readonly label: string; readonly onSkip: () => void };
  onCardRead?: () => void;
}) {
  const [answers, setAnswers] = useResidentAnswers();
  const [readerErrors, setReaderErrors] = useState<FieldError[]>([]);
  const today = new Date();
  return (
    <NumberStep
      context={context}
      question={question}
      hint={hint}
      initial={answers.idNumber}
      maxLength={18}
      allowX
      fieldId={fieldIdFor('idNumber')}
      extraErrors={readerErrors}
      {...(skip === undefined ? {} : { skip })}
      check={(value) => {
        if (value === '') return { path: 'idNumber', messageKey: skip === undefined ? 'errors.idNumber.wrong_length' : 'errors.idNumber.empty' };
        const id = checkIdNumber(value, today);
        return id.ok ? undefined : id.error;
      }}
      onDone={(idNumber) => {
        setAnswers({ ...answers, idNumber: idNumber.toUpperCase(), idSkipped: false });
        onDone();
      }}
    >
      <IdCardButton onErrors={setReaderErrors} onRead={onCardRead ?? onDone} />
    </NumberStep>
  );
}
