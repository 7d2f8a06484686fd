import type { StationPublicConfig } from '../../../shared/contract/appSchemas.js';
import { createSpeechEngine } from './createSpeechEngine.js';
import type { SpeechEngine } from './speechEngine.js';

const engines = new Map<StationPublicConfig['speechEngine'], SpeechEngine>();

/**
 * One engine per choice for the life of the page: staff can switch the station's engine (and try one
 * with a test phrase) without a restart, and switching back reuses the engine made before.
 */
export function stationSpeechEngine(preference: StationPublicConfig['speechEngine']): SpeechEngine {
  const existing = engines.get(preference);
  if (existing !== undefined) return existing;
  const engine = createSpeechEngine(preference);
  engines.set(preference, engine);
  return engine;
}
