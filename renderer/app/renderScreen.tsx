import type { ScreenId } from '../../shared/contract/appSchemas.js';
import { HelpScreen } from '../screens/help/HelpScreen.js';
import { HomeScreen } from '../screens/home/HomeScreen.js';
import { ServiceScreen } from '../screens/service/ServiceScreen.js';
import { SettingsScreen } from '../screens/settings/SettingsScreen.js';
import { StaffScreen } from '../screens/staff/StaffScreen.js';

export function renderScreen(screen: ScreenId) {
  switch (screen) {
    case 'home':
      return <HomeScreen />;
    case 'jobs':
    case 'training':
    case 'subsidies':
      return <ServiceScreen key={screen} service={screen} />;
    case 'settings':
      return <SettingsScreen />;
    case 'help':
      return <HelpScreen />;
    case 'staff':
      return <StaffScreen />;
  }
}
