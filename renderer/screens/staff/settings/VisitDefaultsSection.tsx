import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../../../../shared/catalog/localizedText.js';
import { textSizes, themes } from '../../../../shared/contract/appSchemas.js';
import { settingRanges } from '../../../../shared/staff/checkStaffSettings.js';
import { ChoiceGroup } from '../../../forms/ChoiceGroup.js';
import type { SectionProps } from './sectionProps.js';
import { StaffTextField } from './StaffTextField.js';

/** How each resident visit starts (language, text size, colours) and when an idle visit ends. */
export function VisitDefaultsSection({ form, change, errorFor }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="staff-section" aria-labelledby="settings-visits">
      <h2 id="settings-visits" className="section-heading">{t('staff.settings.visitSection')}</h2>
      <StaffTextField
        path="station.idleTimeoutSeconds"
        label={t('staff.settings.idleTimeout')}
        hint={t('staff.settings.idleTimeoutHint', settingRanges.idleTimeoutSeconds)}
        value={form.idleTimeoutSeconds}
        onChange={(idleTimeoutSeconds) => change({ idleTimeoutSeconds })}
        error={errorFor('station.idleTimeoutSeconds')}
        inputMode="numeric"
        maxLength={7}
        testId="setting-idleTimeout"
      />
      <div className="settings-grid">
        <ChoiceGroup
          label={t('staff.settings.defaultLanguage')}
          choices={uiLanguages.map((language) => ({ value: language, label: t(`settings.languages.${language}`), lang: language }))}
          selected={form.defaultLanguage}
          onChoose={(defaultLanguage) => change({ defaultLanguage })}
        />
        <ChoiceGroup
          label={t('staff.settings.defaultTextSize')}
          choices={textSizes.map((size) => ({ value: size, label: t(`settings.size.${size}`) }))}
          selected={form.defaultTextSize}
          onChoose={(defaultTextSize) => change({ defaultTextSize })}
        />
        <ChoiceGroup
          label={t('staff.settings.defaultTheme')}
          choices={themes.map((theme) => ({ value: theme, label: t(`settings.themes.${theme}`) }))}
          selected={form.defaultTheme}
          onChoose={(defaultTheme) => change({ defaultTheme })}
        />
      </div>
    </section>
  );
}
