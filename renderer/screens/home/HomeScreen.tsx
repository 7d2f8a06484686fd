import { useTranslation } from 'react-i18next';
import type { ScreenId } from '../../../shared/contract/appSchemas.js';
import { Button } from '../../ui/Button.js';
import { BookPictogram, BriefcasePictogram, CoinPictogram } from '../../ui/pictograms.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

type ServiceChoice = { screen: ScreenId; label: 'home.jobs' | 'home.training' | 'home.subsidies'; hint: 'home.jobsHint' | 'home.trainingHint' | 'home.subsidiesHint'; Pictogram: () => React.JSX.Element };

const services: readonly ServiceChoice[] = [
  { screen: 'jobs', label: 'home.jobs', hint: 'home.jobsHint', Pictogram: BriefcasePictogram },
  { screen: 'training', label: 'home.training', hint: 'home.trainingHint', Pictogram: BookPictogram },
  { screen: 'subsidies', label: 'home.subsidies', hint: 'home.subsidiesHint', Pictogram: CoinPictogram },
];

/** Home: the three services as large buttons, numbered 1–3 in the order the keypad menu speaks them. */
export function HomeScreen({ onChoose }: { onChoose: (screen: ScreenId) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('home.heading')}</ScreenHeading>
      <p className="screen-purpose">{t('home.purpose')}</p>
      <ul className="service-grid" aria-label={t('home.servicesLabel')}>
        {services.map(({ screen, label, hint, Pictogram }) => (
          <li key={screen}>
            <Button variant="primary" className="service-button" onPress={() => onChoose(screen)}>
              <Pictogram />
              <span>{t(label)}</span>
              <span className="service-hint">{t(hint)}</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
