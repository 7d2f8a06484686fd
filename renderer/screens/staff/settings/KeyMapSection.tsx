import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keypadActions } from '../../../../shared/keypad/keypadActions.js';
import { MAX_KEYS_PER_ACTION } from '../../../../shared/staff/checkStaffSettings.js';
import type { SectionProps } from './sectionProps.js';
import { keysToText } from './settingsForm.js';
import { StaffTextField } from './StaffTextField.js';

/**
 * The station keypad's key map (ACCESSIBILITY.md: key codes are configurable per station). Physical
 * keypads send different key names, so a pressed key's name is shown here to copy into the list.
 */
export function KeyMapSection({ form, change, errorFor }: SectionProps) {
  const { t } = useTranslation();
  const hasErrors = keypadActions.some((action) => errorFor(`station.keyBindings.${action}`) !== undefined);
  const [open, setOpen] = useState(false);
  const [lastKey, setLastKey] = useState<string | undefined>(undefined);
  const shown = open || hasErrors;
  useEffect(() => {
    if (!shown) return undefined;
    // Only reads the key's name for display; the keypad's own listener still acts on it.
    const onKey = (event: KeyboardEvent): void => setLastKey(keysToText([event.key]));
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [shown]);
  return (
    <section className="staff-section" aria-labelledby="settings-keys">
      <h2 id="settings-keys" className="section-heading">{t('staff.settings.keySection')}</h2>
      <button type="button" className="button" aria-expanded={shown} aria-controls="key-map" onClick={() => setOpen(!shown)}>
        {t(shown ? 'staff.settings.hideKeys' : 'staff.settings.showKeys')}
      </button>
      <div id="key-map" hidden={!shown}>
        <p className="field-hint">{t('staff.settings.keysHint', { max: MAX_KEYS_PER_ACTION })}</p>
        <p role="status" className="status-message" data-nav-item>
          {lastKey === undefined ? t('staff.settings.pressAKey') : t('staff.settings.lastKey', { key: lastKey })}
        </p>
        <div className="key-map-grid">
          {keypadActions.map((action) => (
            <StaffTextField
              path={`station.keyBindings.${action}`}
              key={action}
              label={t(`staff.keyActions.${action}`)}
              value={form.keys[action]}
              onChange={(text) => change({ keys: { ...form.keys, [action]: text } })}
              error={errorFor(`station.keyBindings.${action}`)}
              maxLength={200}
              testId={`key-${action}`}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
