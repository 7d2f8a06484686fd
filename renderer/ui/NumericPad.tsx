import { useTranslation } from 'react-i18next';
import { spokenDigits, spokenMaskedTail } from '../../shared/domain/mask.js';
import { useSession } from '../session/sessionContext.js';

type NumericPadProps = {
  /** id of the display, the control a field's error summary item moves focus to. */
  readonly id?: string;
  /** id of the question heading that labels the pad and its display. */
  readonly labelledBy: string;
  /** ids of the field's hint and inline error (WCAG 1.3.1, 3.3.1): read when the display gains focus. */
  readonly describedBy?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  /** The 身份证号 may end in X. */
  readonly allowX?: boolean;
  readonly invalid?: boolean;
  /** A PIN: every digit hidden on screen and never spoken, not even with private listening (EN 301 549 5.1.3.8). */
  readonly secret?: boolean;
};

/** Shows all but the last 4 characters as * (ACCESSIBILITY.md, "Privacy": masked on screen and in speech). */
export function maskForDisplay(value: string): string {
  const chars = Array.from(value);
  return chars.length <= 4 ? value : `${'*'.repeat(chars.length - 4)}${chars.slice(-4).join('')}`;
}

/**
 * The on-screen 12-key pad for ID and phone numbers (ACCESSIBILITY.md, "Prefer choosing over typing"):
 * phone layout with 5 in the middle, spoken echo of each key. Digits are not spoken unless the resident
 * chose private listening (EN 301 549 5.1.3.8, 5.1.3.9): by default only how many have been entered.
 */
export function NumericPad({ id, labelledBy, describedBy, value, onChange, maxLength, allowX = false, invalid = false, secret = false }: NumericPadProps) {
  const { t } = useTranslation();
  const { speech, settings } = useSession();
  const speakDigits = settings.speakFullNumbers && !secret;
  const type = (key: string): void => {
    // A key past the end is still answered (ACCESSIBILITY.md "Keypad": no silent keys).
    if (value.length >= maxLength) {
      speech.say(t('numpad.full'));
      return;
    }
    const next = value + key;
    onChange(next);
    const digit = spokenDigits(key, settings.language);
    speech.say(speakDigits ? t('numpad.typedDigit', { digit, count: next.length }) : t('numpad.typedCount', { count: next.length }));
  };
  const remove = (): void => {
    const next = value.slice(0, -1);
    onChange(next);
    speech.say(t('numpad.deleted', { count: next.length }));
  };
  const clear = (): void => {
    onChange('');
    speech.say(t('numpad.cleared'));
  };
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  // What the display says when the keypad visits it: the count, and only the last 4 unless private listening.
  const spokenValue =
    value === '' || secret
      ? t('numpad.typedCount', { count: value.length })
      : speakDigits
        ? t('numpad.value', { value: spokenDigits(value, settings.language) })
        : [t('numpad.typedCount', { count: value.length }), value.length > 4 ? spokenMaskedTail(value, settings.language) : ''].filter((part) => part !== '').join(t('a11y.separator'));
  return (
    <div className="numpad">
      <output
        id={id}
        className={`numpad-display${invalid ? ' field-invalid' : ''}`}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        data-nav-item
        data-announce-focus={spokenValue}
        data-testid="numpad-display"
      >
        {value === '' ? '\u00a0' : secret ? '●'.repeat(value.length) : maskForDisplay(value)}
      </output>
      <div className="numpad-keys" role="group" aria-label={t('numpad.label')}>
        {keys.map((key) => (
          <button key={key} type="button" className="button numpad-key" data-numpad-key={key} onClick={() => type(key)}>
            {key}
          </button>
        ))}
        {allowX ? (
          <button type="button" className="button numpad-key" data-numpad-key="X" onClick={() => type('X')}>
            X
          </button>
        ) : (
          <button type="button" className="button numpad-key" onClick={clear}>
            {t('numpad.clear')}
          </button>
        )}
        <button type="button" className="button numpad-key" data-numpad-key="0" onClick={() => type('0')}>
          0
        </button>
        <button type="button" className="button numpad-key" onClick={remove}>
          {t('numpad.delete')}
        </button>
      </div>
    </div>
  );
}
