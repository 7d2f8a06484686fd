import type { StationPublicConfig } from '../contract/appSchemas.js';

// Defaults a new station starts with; staff change them in staff mode. The renderer also falls back
// to these if the host cannot answer at start-up, so a resident still gets a working home screen.
export const defaultStationConfig: StationPublicConfig = {
  stationName: '',
  stationPhone: '',
  districtCode: '371702', // 菏泽市牡丹区: the pilot stations are in Heze (菏残联发〔2024〕18号)
  defaultLanguage: 'zh-CN',
  defaultTextSize: 'standard',
  defaultTheme: 'default',
  idleTimeoutSeconds: 120,
  speechEngine: 'auto',
  keyBindings: {},
  doubleStrikeMs: 150,
};
