import type { ReactNode } from 'react';

/** What the field hands its control, so every control is tied to its label, hint and error the same way. */
export type FieldControl = {
  readonly id: string;
  /** id of what labels the control: the field's own label, or the question heading. */
  readonly labelledBy: string;
  /** The hint's and the inline error's ids, in reading order (undefined when there is neither). */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
};

// One of each: a label shown by the field or one already on the page (a question page's heading is the
// label, GOV.UK "asking one question per page"), and likewise a hint.
type FieldLabel = { readonly label: string; readonly labelledBy?: never } | { readonly labelledBy: string; readonly label?: never };
type FieldHint = { readonly hint?: string; readonly hintId?: never } | { readonly hintId: string; readonly hint?: never };

export type FormFieldProps = FieldLabel &
  FieldHint & {
    /** The control's id: the error summary's item for this field moves focus here. */
    readonly id: string;
    /** The translated message, shown beside the control while the field is wrong. */
    readonly error: string | undefined;
    /** The wrapper's class (default form-field); `<class>-invalid` marks it while the field is wrong. */
    readonly className?: string;
    /**
     * 'group' for an answer given by choosing among buttons (ChoiceGroup): the field itself is the labelled,
     * described group (WCAG 1.3.1) and the summary's link focuses it; its label is a heading, not a <label>.
     */
    readonly as?: 'control' | 'group';
    readonly children: (control: FieldControl) => ReactNode;
  };

/** The ids a field's parts take, from the control's id. */
function fieldPartIds(id: string): { readonly label: string; readonly hint: string; readonly error: string } {
  return { label: `${id}-label`, hint: `${id}-hint`, error: `${id}-error` };
}

/**
 * One form field, the GOV.UK way, for every resident and staff field: label, hint, inline error, control.
 * The control is labelled by the label and described by the hint and the error (WCAG 1.3.1, 3.3.1,
 * 3.3.3), and marked aria-invalid while wrong. The inline error is plain text, not a live region: the
 * error summary already speaks the errors once when they appear; this message is read with the control
 * when it gains focus (EN 301 549 5.1.3.15), so it is never said twice at once.
 */
export function FormField(props: FormFieldProps) {
  const { id, error, className = 'form-field', children } = props;
  const ids = fieldPartIds(id);
  const labelledBy = props.labelledBy ?? ids.label;
  const hintId = props.hintId ?? (props.hint === undefined ? undefined : ids.hint);
  const invalid = error !== undefined;
  const describedBy = [hintId, invalid ? ids.error : undefined].filter((part) => part !== undefined).join(' ');
  const classes = invalid ? `${className} ${className}-invalid` : className;
  const control: FieldControl = { id, labelledBy, describedBy: describedBy === '' ? undefined : describedBy, invalid };
  if (props.as === 'group') {
    return (
      <div className={classes} role="group" id={id} aria-labelledby={labelledBy} aria-describedby={control.describedBy}>
        {props.label !== undefined && (
          <h2 className="choice-label" id={ids.label}>
            {props.label}
          </h2>
        )}
        {/* Up/Down move among the choice buttons, which do not carry the group's description: the error is a stop of its own. */}
        <FieldNotes hintId={props.hint === undefined ? undefined : ids.hint} hint={props.hint} errorId={ids.error} error={error} errorIsNavItem />
        {children(control)}
      </div>
    );
  }
  return (
    <div className={classes}>
      {props.label !== undefined && (
        <label className="field-label" id={ids.label} htmlFor={id}>
          {props.label}
        </label>
      )}
      <FieldNotes hintId={props.hint === undefined ? undefined : ids.hint} hint={props.hint} errorId={ids.error} error={error} />
      {children(control)}
    </div>
  );
}

/** The hint and the inline error, between the label and the control (GOV.UK order). */
function FieldNotes(notes: { hintId: string | undefined; hint: string | undefined; errorId: string; error: string | undefined; errorIsNavItem?: boolean }) {
  const { hintId, hint, errorId, error } = notes;
  return (
    <>
      {hint !== undefined && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="field-error" id={errorId} data-nav-item={notes.errorIsNavItem === true ? true : undefined}>
          {error}
        </p>
      )}
    </>
  );
}

/** The id of the control for a field path ('phone', 'station.keyBindings.help'), so a summary item can link to it. */
export function fieldIdFor(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
