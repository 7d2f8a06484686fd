import { useTranslation } from 'react-i18next';
import type { SectionProps } from './sectionProps.js';
import { StaffTextField } from './StaffTextField.js';

/**
 * The central API connection. The secret is write-only: the field is always empty and only says whether
 * one is stored; typing a new one replaces it (stored sealed with the kiosk's data key).
 */
export function CentralSection({ form, change, errorFor, hasSecret }: SectionProps & { hasSecret: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="staff-section" aria-labelledby="settings-central">
      <h2 id="settings-central" className="section-heading">{t('staff.settings.centralSection')}</h2>
      <StaffTextField path="central.baseUrl" label={t('staff.settings.baseUrl')} hint={t('staff.settings.baseUrlHint')} value={form.baseUrl} onChange={(baseUrl) => change({ baseUrl })} error={errorFor('central.baseUrl')} inputMode="url" testId="setting-baseUrl" />
      <StaffTextField path="central.stationId" label={t('staff.settings.stationId')} hint={t('staff.settings.stationIdHint')} value={form.stationId} onChange={(stationId) => change({ stationId })} error={errorFor('central.stationId')} testId="setting-stationId" />
      <StaffTextField
        path="central.secret"
        label={t('staff.settings.secret')}
        hint={t(hasSecret ? 'staff.settings.secretStored' : 'staff.settings.secretNone')}
        value={form.secret}
        onChange={(secret) => change({ secret })}
        error={errorFor('central.secret')}
        secret
        testId="setting-secret"
      />
    </section>
  );
}
