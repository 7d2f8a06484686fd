import { FormField, fieldIdFor } from '../../../forms/FormField.js';

type StaffTextFieldProps = {
  /** The field's path in the errors ('station.idleTimeoutSeconds'): its id, so the error summary links here. */
  readonly path: string;
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

/** A staff text field: the one FormField (label, hint, inline error tied to the input) around a text input. */
export function StaffTextField({ path, label, hint, value, onChange, error, inputMode = 'text', secret = false, maxLength = 500, testId }: StaffTextFieldProps) {
  return (
    <FormField id={fieldIdFor(path)} label={label} hint={hint} error={error} className="staff-field">
      {(control) => (
        <input
          id={control.id}
          className={`text-input${control.invalid ? ' field-invalid' : ''}`}
          type={secret ? 'password' : 'text'}
          inputMode={inputMode}
          autoComplete={secret ? 'new-password' : 'off'}
          spellCheck={false}
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid}
          maxLength={maxLength}
          value={value}
          data-testid={testId}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
