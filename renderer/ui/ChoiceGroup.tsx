import { useId } from 'react';

type Choice<T extends string> = { readonly value: T; readonly label: string; readonly lang?: string };

/**
 * One labelled question with its answers as large toggle buttons (aria-pressed), so the answer is
 * chosen by a tap or by Up/Down + Enter, never typed (ACCESSIBILITY.md, "Prefer choosing over typing").
 */
export function ChoiceGroup<T extends string>({
  label,
  choices,
  selected,
  onChoose,
}: {
  label: string;
  choices: readonly Choice<T>[];
  selected: T;
  onChoose: (value: T) => void;
}) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="choice-group">
      <h2 id={labelId} className="choice-label">
        {label}
      </h2>
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
    </div>
  );
}
