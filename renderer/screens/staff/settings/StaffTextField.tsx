import { useId } from 'react';

type StaffTextFieldProps = {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The field's message from the error summary, repeated beside it (GOV.UK inline error). */
  readonly error: string | undefined;
  readonly inputMode?: 'text' | 'numeric' | 'tel' | 'url';
  /** The central secret: typed, never shown back or read aloud. */
  readonly secret?: boolean;
  readonly maxLength?: number;
  readonly testId?: string;
};

/** A labelled text field with its hint and inline error, both tied to the input for screen readers. */
export function StaffTextField({ label, hint, value, onChange, error, inputMode = 'text', secret = false, maxLength = 500, testId }: StaffTextFieldProps) {
  const id = useId();
  const describedBy = [hint === undefined ? '' : `${id}-hint`, error === undefined ? '' : `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`staff-field${error === undefined ? '' : ' staff-field-invalid'}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        className={`text-input${error === undefined ? '' : ' field-invalid'}`}
        type={secret ? 'password' : 'text'}
        inputMode={inputMode}
        autoComplete={secret ? 'new-password' : 'off'}
        spellCheck={false}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        aria-invalid={error !== undefined}
        maxLength={maxLength}
        value={value}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
