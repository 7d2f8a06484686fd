import { useTranslation } from 'react-i18next';
import { settingRanges } from '../../../../shared/staff/checkStaffSettings.js';
import { ChoiceGroup } from '../../../forms/ChoiceGroup.js';
import type { SectionProps } from './sectionProps.js';
import { StaffTextField } from './StaffTextField.js';

/** The printer for receipts and reports, how long delivered personal data stays (PIPL Art. 19), catalog refresh. */
export function PrintAndDataSection({ form, change, errorFor, printers }: SectionProps & { printers: readonly string[] }) {
  const { t } = useTranslation();
  // The saved printer stays a choice even when the shell cannot see it right now.
  const names = [...new Set([...printers, ...(form.printer === '' ? [] : [form.printer])])];
  return (
    <section className="staff-section" aria-labelledby="settings-data">
      <h2 id="settings-data" className="section-heading">{t('staff.settings.dataSection')}</h2>
      <ChoiceGroup
        label={t('staff.settings.printer')}
        choices={[{ value: '', label: t('staff.settings.systemPrinter') }, ...names.map((name) => ({ value: name, label: name }))]}
        selected={form.printer}
        onChoose={(printer) => change({ printer })}
      />
      {printers.length === 0 && <p className="field-hint">{t('staff.settings.noPrinterList')}</p>}
      <StaffTextField
        path="sync.retentionDays"
        label={t('staff.settings.retentionDays')}
        hint={t('staff.settings.retentionDaysHint', settingRanges.retentionDays)}
        value={form.retentionDays}
        onChange={(retentionDays) => change({ retentionDays })}
        error={errorFor('sync.retentionDays')}
        inputMode="numeric"
        maxLength={7}
      />
      <StaffTextField
        path="sync.catalogRefreshMinutes"
        label={t('staff.settings.catalogRefresh')}
        hint={t('staff.settings.catalogRefreshHint', settingRanges.catalogRefreshMinutes)}
        value={form.catalogRefreshMinutes}
        onChange={(catalogRefreshMinutes) => change({ catalogRefreshMinutes })}
        error={errorFor('sync.catalogRefreshMinutes')}
        inputMode="numeric"
        maxLength={7}
      />
    </section>
  );
}
