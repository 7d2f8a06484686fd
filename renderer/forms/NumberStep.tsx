import { useState, type ReactNode } from 'react';
import type { FieldError } from '../../shared/errors.js';
import { QuestionPage } from './QuestionPage.js';
import { Button } from '../ui/Button.js';
import { NumericPad } from '../ui/NumericPad.js';

type NumberStepProps = {
  readonly context: string | undefined;
  readonly question: string;
  readonly hint: string;
  readonly initial: string;
  readonly maxLength: number;
  readonly allowX?: boolean;
  /** Returns an error for the field, or undefined when the value is good. */
  readonly check: (value: string) => FieldError | undefined;
  readonly onDone: (value: string) => void;
  readonly skip?: { readonly label: string; readonly onSkip: () => void };
  /** Errors from elsewhere on the page (e.g. the ID card reader), shown in the same summary. */
  readonly extraErrors?: readonly FieldError[];
  /** Another way to answer, under the pad (the ID card reader). */
  readonly children?: ReactNode;
  /** The pad display's id: the control the error summary links to (fieldIdFor(path) where the field has a path). */
  readonly fieldId?: string;
};

const NUMBER_FIELD_ID = 'number-field';

/** A number question answered on the on-screen pad; checked at once when the last digit is entered. */
export function NumberStep({ context, question, hint, initial, maxLength, allowX, check, onDone, skip, extraErrors = [], children, fieldId = NUMBER_FIELD_ID }: NumberStepProps) {
  const [value, setValue] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const change = (next: string): void => {
    setValue(next);
    // ACCESSIBILITY.md "Validate at once": as soon as the number is complete.
    const error = next.length === maxLength ? check(next) : undefined;
    setErrors(error === undefined ? [] : [error]);
  };
  const next = (): void => {
    const error = check(value);
    if (error !== undefined) {
      setErrors([error]);
      return;
    }
    onDone(value);
  };
  return (
    <QuestionPage
      context={context}
      question={question}
      hint={hint}
      errors={[...extraErrors, ...errors]}
      onNext={next}
      field={{
        id: fieldId,
        control: (control) => (
          // The field's wiring (id, label, hint and error ids, invalid) goes to the pad as it is.
          <NumericPad
            {...control}
            value={value}
            onChange={change}
            maxLength={maxLength}
            allowX={allowX ?? false}
          />
        ),
      }}
    >
      {skip !== undefined && (
        <Button onPress={skip.onSkip}>{skip.label}</Button>
      )}
      {children}
    </QuestionPage>
  );
}
