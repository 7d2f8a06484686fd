import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/sessionContext.js';
import { Button } from '../../ui/Button.js';
import { BookPictogram, BriefcasePictogram, CoinPictogram, EasyReadPictogram, EyeEarPictogram } from '../../ui/pictograms.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

type ServiceChoice = {
  screen: 'jobs' | 'training' | 'subsidies' | 'settings';
  label: 'home.jobs' | 'home.training' | 'home.subsidies' | 'home.settings';
  hint: 'home.jobsHint' | 'home.trainingHint' | 'home.subsidiesHint' | 'home.settingsHint';
  Pictogram: () => React.JSX.Element;
};

// Numbered in the order the spoken menu names them: "按1找工作，按2报名培训，按3查询补贴，按4…".
const services: readonly ServiceChoice[] = [
  { screen: 'jobs', label: 'home.jobs', hint: 'home.jobsHint', Pictogram: BriefcasePictogram },
  { screen: 'training', label: 'home.training', hint: 'home.trainingHint', Pictogram: BookPictogram },
  { screen: 'subsidies', label: 'home.subsidies', hint: 'home.subsidiesHint', Pictogram: CoinPictogram },
  { screen: 'settings', label: 'home.settings', hint: 'home.settingsHint', Pictogram: EyeEarPictogram },
];

/** Home: the services as large buttons with pictograms, plus easy-read, reachable by touch and keypad. */
export function HomeScreen() {
  const { t } = useTranslation();
  const { navigate, settings, update } = useSession();
  return (
    <>
      <ScreenHeading>{t('home.heading')}</ScreenHeading>
      <p className="screen-purpose">{t('home.purpose')}</p>
      <ul className="service-grid" aria-label={t('home.servicesLabel')}>
        {services.map(({ screen, label, hint, Pictogram }, index) => (
          <li key={screen}>
            <Button
              variant="primary"
              className="service-button"
              optionNumber={index + 1}
              onPress={() => navigate({ type: 'go', screen })}
            >
              <Pictogram />
              <span>{t(label)}</span>
              <span className="service-hint">{t(hint)}</span>
            </Button>
          </li>
        ))}
      </ul>
      <div className="home-extras">
        <button
          type="button"
          className={`button easy-read-button${settings.easyRead ? ' button-primary' : ''}`}
          aria-pressed={settings.easyRead}
          data-option-number={services.length + 1}
          onClick={() => update({ type: 'set', changes: { easyRead: !settings.easyRead } })}
        >
          <EasyReadPictogram />
          <span>{t('home.easyRead')}</span>
          <span className="service-hint">{t('home.easyReadHint')}</span>
        </button>
        <p className="long-press-hint" data-nav-item>
          {t('home.longPressHint')}
        </p>
      </div>
    </>
  );
}
