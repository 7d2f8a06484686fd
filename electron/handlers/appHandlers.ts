import { ok } from '../../shared/result.js';
import type { HostStatus } from '../../shared/contract/appSchemas.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { CatalogStore } from '../store/catalogStore.js';
import type { SettingsStore } from '../store/settingsStore.js';

type AppHandlers = Pick<ChannelHandlers, 'app.getInfo' | 'catalog.getSummary' | 'status.get'>;

export function createAppHandlers(deps: {
  version: string;
  settings: SettingsStore;
  catalog: CatalogStore;
  status: () => HostStatus;
}): AppHandlers {
  return {
    'app.getInfo': () => ok({ version: deps.version, station: deps.settings.stationConfig() }),
    'catalog.getSummary': () => ok({ kinds: deps.catalog.summary() }),
    'status.get': () => ok(deps.status()),
  };
}
