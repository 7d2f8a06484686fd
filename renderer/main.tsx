import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './theme/theme.css';
import './theme/layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultStationConfig } from '../shared/station/defaultStationConfig.js';
import { KioskRoot } from './app/KioskRoot.js';
import { initI18n } from './i18n/i18n.js';
import { kioskApi } from './kiosk.js';

async function start(): Promise<void> {
  const info = await kioskApi().invoke('app.getInfo', {});
  const station = info.ok ? info.value.station : defaultStationConfig;
  await initI18n(station.defaultLanguage);
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <KioskRoot station={station} />
    </StrictMode>,
  );
}

void start();
