import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenId, StationPublicConfig } from '../../shared/contract/appSchemas.js';
import type { UiLanguage } from '../../shared/catalog/localizedText.js';
import { HelpScreen } from '../screens/help/HelpScreen.js';
import { HomeScreen } from '../screens/home/HomeScreen.js';
import { ServiceScreen } from '../screens/service/ServiceScreen.js';
import { StaffScreen } from '../screens/staff/StaffScreen.js';
import { SCREEN_HEADING_ID } from '../ui/ScreenHeading.js';
import { NavBar } from './NavBar.js';
import { currentScreen, initialNavigation, navigationReducer } from './navigation.js';
import { StatusArea } from './StatusArea.js';
import { useVisit } from './useVisit.js';

function renderScreen(screen: ScreenId, go: (screen: ScreenId) => void) {
  switch (screen) {
    case 'home':
      return <HomeScreen onChoose={go} />;
    case 'jobs':
    case 'training':
    case 'subsidies':
      return <ServiceScreen key={screen} service={screen} />;
    case 'help':
      return <HelpScreen />;
    case 'staff':
    case 'settings':
      return <StaffScreen />;
  }
}

export function App({ station }: { station: StationPublicConfig }) {
  const { t, i18n } = useTranslation();
  const [navigation, dispatch] = useReducer(navigationReducer, initialNavigation);
  const screen = currentScreen(navigation);
  const language: UiLanguage = i18n.language === 'en' ? 'en' : 'zh-CN';
  const otherLanguage: UiLanguage = language === 'en' ? 'zh-CN' : 'en';
  useVisit(screen, language);

  return (
    <div className="kiosk" data-theme={station.defaultTheme} data-text-size={station.defaultTextSize}>
      <header className="kiosk-header">
        <p>{t('app.title')}</p>
        <StatusArea />
      </header>
      <main className="kiosk-main" aria-labelledby={SCREEN_HEADING_ID} data-screen={screen}>
        {renderScreen(screen, (next) => dispatch({ type: 'go', screen: next }))}
      </main>
      <NavBar
        onHome={() => dispatch({ type: 'home' })}
        onBack={() => dispatch({ type: 'back' })}
        onHelp={() => dispatch({ type: 'go', screen: 'help' })}
        onStaff={() => dispatch({ type: 'go', screen: 'staff' })}
        onSwitchLanguage={() => void i18n.changeLanguage(otherLanguage)}
        otherLanguage={otherLanguage}
      />
    </div>
  );
}
