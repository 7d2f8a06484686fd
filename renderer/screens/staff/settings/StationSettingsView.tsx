import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSettings } from '../../../../shared/contract/staffSchemas.js';
import { fieldErrorsOf, type FieldError } from '../../../../shared/errors.js';
import { checkStaffSettings } from '../../../../shared/staff/checkStaffSettings.js';
import { useSession } from '../../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../../session/useAnnounceWhenLoaded.js';
import { ErrorSummary } from '../../../forms/ErrorSummary.js';
import { fieldIdFor } from '../../../forms/FormField.js';
import { Button } from '../../../ui/Button.js';
import { ScreenHeading } from '../../../ui/ScreenHeading.js';
import { useStaffMode } from '../../../staffMode/staffModeContext.js';
import { localizeFieldError } from '../staffText.js';
import { useStaffApi } from '../useStaffApi.js';
import { CentralSection } from './CentralSection.js';
import { KeyMapSection } from './KeyMapSection.js';
import { PrintAndDataSection } from './PrintAndDataSection.js';
import { draftFromForm, formFromSettings, type SettingsForm } from './settingsForm.js';
import { SpeechSection } from './SpeechSection.js';
import { StationSection } from './StationSection.js';
import { VisitDefaultsSection } from './VisitDefaultsSection.js';
import { translateMessage } from '../../../i18n/translateMessage.js';

/**
 * Station settings (issue #8). Checked in full before sending and again by the host; every problem is
 * listed at the top and beside its field, each message naming the field. A save applies at once.
 */
export function StationSettingsView() {
  const { t } = useTranslation();
  const { speech } = useSession();
  const { show } = useStaffMode();
  const call = useStaffApi();
  const [stored, setStored] = useState<StaffSettings | 'unavailable' | undefined>(undefined);
  const [form, setForm] = useState<SettingsForm | undefined>(undefined);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState('');
  useAnnounceWhenLoaded(stored !== undefined);

  const load = useCallback(async (): Promise<void> => {
    const answer = await call('staff.settings', {});
    setStored(answer.ok ? answer.value : 'unavailable');
    if (answer.ok) setForm(formFromSettings(answer.value));
  }, [call]);
  useEffect(() => {
    void load();
  }, [load]);

  const localized = errors.map((error) => localizeFieldError(error, t));
  const errorFor = (path: string): string | undefined => {
    const found = localized.find((error) => error.path === path);
    return found === undefined ? undefined : translateMessage(t, found.messageKey, found.params);
  };
  const change = (changes: Partial<SettingsForm>): void => {
    setForm((current) => (current === undefined ? current : { ...current, ...changes }));
    setMessage('');
  };
  const save = async (): Promise<void> => {
    if (form === undefined || stored === undefined || stored === 'unavailable') return;
    const draft = draftFromForm(form);
    const problems = checkStaffSettings(draft, { hasCentralSecret: stored.central?.hasSecret ?? false });
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const answer = await call('staff.saveSettings', { settings: draft });
    if (!answer.ok) {
      setErrors(fieldErrorsOf(answer.error));
      return;
    }
    setErrors([]);
    await load();
    setMessage(t('staff.settings.saved'));
    speech.say(t('staff.settings.saved'));
  };
  const recordTest = (): void => {
    void call('staff.recordAction', { action: 'speech_tested' });
  };

  return (
    <>
      <ScreenHeading>{t('staff.settings.title')}</ScreenHeading>
      <p className="screen-purpose">{t('staff.settings.purpose')}</p>
      <ErrorSummary errors={localized} linkTo={fieldIdFor} />
      {stored === undefined && <div aria-busy="true" />}
      {stored === 'unavailable' && <p role="alert" data-nav-item>{t('errors.unavailable')}</p>}
      {form !== undefined && stored !== undefined && stored !== 'unavailable' && (
        <form
          className="staff-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <StationSection form={form} change={change} errorFor={errorFor} />
          <CentralSection form={form} change={change} errorFor={errorFor} hasSecret={stored.central?.hasSecret ?? false} />
          <VisitDefaultsSection form={form} change={change} errorFor={errorFor} />
          <SpeechSection form={form} change={change} errorFor={errorFor} onTested={recordTest} />
          <PrintAndDataSection form={form} change={change} errorFor={errorFor} printers={stored.printers} />
          <KeyMapSection form={form} change={change} errorFor={errorFor} />
          <div className="detail-actions">
            <Button variant="primary" onPress={() => void save()}>{t('staff.settings.save')}</Button>
            <Button onPress={() => show('changePin')}>{t('staff.settings.changePin')}</Button>
          </div>
          <p role="status" className="status-message" data-testid="settings-status">{message}</p>
        </form>
      )}
    </>
  );
}
