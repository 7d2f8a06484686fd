import { useTranslation } from 'react-i18next';
import { speechEnginePreferences } from '../../../../shared/contract/appSchemas.js';
import { settingRanges } from '../../../../shared/staff/checkStaffSettings.js';
import { stationSpeechEngine } from '../../../a11y/speech/stationSpeechEngine.js';
import { useSession } from '../../../session/sessionContext.js';
import { voiceOf } from '../../../session/residentSettings.js';
import { Button } from '../../../ui/Button.js';
import { ChoiceGroup } from '../../../forms/ChoiceGroup.js';
import type { SectionProps } from './sectionProps.js';
import { StaffTextField } from './StaffTextField.js';

/** The speech engine, tried with a test phrase before saving, and the keypad's double-strike filter (EN 301 549 5.8). */
export function SpeechSection({ form, change, errorFor, onTested }: SectionProps & { onTested: () => void }) {
  const { t } = useTranslation();
  const { settings, speech } = useSession();
  const test = (): void => {
    speech.stop();
    const voice = voiceOf(settings);
    // Straight to the chosen engine, not the session's queue: the point is to hear this engine.
    void stationSpeechEngine(form.speechEngine).speak({ text: t('staff.settings.testPhrase'), language: settings.language, rate: voice.rate, volume: voice.volume });
    onTested();
  };
  return (
    <section className="staff-section" aria-labelledby="settings-speech">
      <h2 id="settings-speech" className="section-heading">{t('staff.settings.speechSection')}</h2>
      <ChoiceGroup
        label={t('staff.settings.speechEngine')}
        choices={speechEnginePreferences.map((engine) => ({ value: engine, label: t(`staff.settings.engines.${engine}`) }))}
        selected={form.speechEngine}
        onChoose={(speechEngine) => change({ speechEngine })}
      />
      <div className="detail-actions">
        <Button onPress={test}>{t('staff.settings.testSpeech')}</Button>
      </div>
      <StaffTextField
        path="station.doubleStrikeMs"
        label={t('staff.settings.doubleStrike')}
        hint={t('staff.settings.doubleStrikeHint', settingRanges.doubleStrikeMs)}
        value={form.doubleStrikeMs}
        onChange={(doubleStrikeMs) => change({ doubleStrikeMs })}
        error={errorFor('station.doubleStrikeMs')}
        inputMode="numeric"
        maxLength={7}
      />
    </section>
  );
}
