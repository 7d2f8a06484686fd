import { useTranslation } from 'react-i18next';
import { textSizes, themes } from '../../../shared/contract/appSchemas.js';
import { uiLanguages } from '../../../shared/catalog/localizedText.js';
import { rateLevels, volumeLevels } from '../../session/residentSettings.js';
import { useSession } from '../../session/sessionContext.js';
import { Button } from '../../ui/Button.js';
import { ChoiceGroup } from '../../forms/ChoiceGroup.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

/**
 * The resident's own settings: size, contrast, language, speech, volume, rate, easy-read, screen reader
 * and privacy. Everything here is for this visit only and resets when it ends (ACCESSIBILITY.md, "Time").
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, update, speech } = useSession();
  const onOff = (on: boolean): 'on' | 'off' => (on ? 'on' : 'off');
  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <p className="screen-purpose">{t('settings.purpose')}</p>
      <div className="settings-grid">
        <ChoiceGroup
          label={t('settings.textSize')}
          choices={textSizes.map((size) => ({ value: size, label: t(`settings.size.${size}`) }))}
          selected={settings.textSize}
          onChoose={(textSize) => update({ type: 'set', changes: { textSize } })}
        />
        <ChoiceGroup
          label={t('settings.theme')}
          choices={themes.map((theme) => ({ value: theme, label: t(`settings.themes.${theme}`) }))}
          selected={settings.theme}
          onChoose={(theme) => update({ type: 'set', changes: { theme } })}
        />
        <ChoiceGroup
          label={t('settings.language')}
          choices={uiLanguages.map((language) => ({ value: language, label: t(`settings.languages.${language}`), lang: language }))}
          selected={settings.language}
          onChoose={(language) => update({ type: 'set', changes: { language } })}
        />
        <ChoiceGroup
          label={t('settings.speech')}
          choices={[
            { value: 'on', label: t('settings.speechOn') },
            { value: 'off', label: t('settings.speechOff') },
          ]}
          selected={onOff(settings.audioMode)}
          onChoose={(value) => {
            if (value === 'off') speech.say(t('a11y.speechOff'));
            update({ type: 'set', changes: { audioMode: value === 'on' } });
          }}
        />
        <div role="group" aria-labelledby="volume-label" className="choice-group">
          <h2 id="volume-label" className="choice-label">
            {t('settings.withLevel', { name: t('settings.volume'), level: settings.volumeStep + 1, max: volumeLevels.length })}
          </h2>
          <div className="choice-buttons">
            <Button onPress={() => update({ type: 'volume', delta: -1 })}>{t('settings.volumeDown')}</Button>
            <Button onPress={() => update({ type: 'volume', delta: 1 })}>{t('settings.volumeUp')}</Button>
          </div>
        </div>
        <div role="group" aria-labelledby="rate-label" className="choice-group">
          <h2 id="rate-label" className="choice-label">
            {t('settings.withLevel', { name: t('settings.rate'), level: settings.rateStep + 1, max: rateLevels.length })}
          </h2>
          <div className="choice-buttons">
            <Button onPress={() => update({ type: 'rate', delta: -1 })}>{t('settings.rateDown')}</Button>
            <Button onPress={() => update({ type: 'rate', delta: 1 })}>{t('settings.rateUp')}</Button>
          </div>
        </div>
        <ChoiceGroup
          label={t('settings.easyRead')}
          choices={[
            { value: 'on', label: t('settings.easyReadOn') },
            { value: 'off', label: t('settings.easyReadOff') },
          ]}
          selected={onOff(settings.easyRead)}
          onChoose={(value) => update({ type: 'set', changes: { easyRead: value === 'on' } })}
        />
        <ChoiceGroup
          label={t('settings.screenReader')}
          choices={[
            { value: 'on', label: t('settings.screenReaderOn') },
            { value: 'off', label: t('settings.screenReaderOff') },
          ]}
          selected={onOff(settings.screenReader)}
          onChoose={(value) => update({ type: 'set', changes: { screenReader: value === 'on' } })}
        />
        <div role="group" aria-labelledby="privacy-label" className="choice-group">
          <h2 id="privacy-label" className="choice-label">
            {t('settings.privacy')}
          </h2>
          <div className="choice-buttons">
            <Button onPress={() => update({ type: 'set', changes: { screenBlanked: true } })}>{t('settings.blankScreen')}</Button>
            <button
              type="button"
              className={`button choice-button${settings.speakFullNumbers ? ' button-primary' : ''}`}
              aria-pressed={settings.speakFullNumbers}
              onClick={() => update({ type: 'set', changes: { speakFullNumbers: !settings.speakFullNumbers } })}
            >
              {t('settings.fullNumbers')}
            </button>
          </div>
        </div>
      </div>
    </>
  );
}
