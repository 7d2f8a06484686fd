import { useId } from 'react';
import { fieldIdFor, FormField } from './FormField.js';

type Choice<T extends string> = { readonly value: T; readonly label: string; readonly lang?: string };

type ChoiceGroupProps<T extends string> = {
  readonly label: string;
  readonly choices: readonly Choice<T>[];
  readonly selected: T;
  readonly onChoose: (value: T) => void;
  /** The field's path where it can be wrong ('station.districtCode'): the error summary then links to the group. */
  readonly path?: string;
  readonly hint?: string;
  readonly error?: string;
};

/**
 * One labelled question with its answers as large toggle buttons (aria-pressed), so the answer is chosen by a
 * tap or by Up/Down + Enter, never typed (ACCESSIBILITY.md, "Prefer choosing over typing"). It is a form field
 * like any other: label, hint and inline error tied to the group (GOV.UK; WCAG 1.3.1, 3.3.1).
 */
export function ChoiceGroup<T extends string>({ label, choices, selected, onChoose, path, hint, error }: ChoiceGroupProps<T>) {
  const generated = useId();
  const id = path === undefined ? `choice-${generated.replace(/[^A-Za-z0-9_-]/g, '')}` : fieldIdFor(path);
  return (
    <FormField as="group" id={id} label={label} {...(hint === undefined ? {} : { hint })} error={error} className="choice-group">
      {() => (
        <div className="choice-buttons">
          {choices.map((choice) => (
            <button
              key={choice.value}
              type="button"
              className={`button choice-button${choice.value === selected ? ' button-primary' : ''}`}
              aria-pressed={choice.value === selected}
              lang={choice.lang}
              onClick={() => onChoose(choice.value)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
    </FormField>
  );
}
