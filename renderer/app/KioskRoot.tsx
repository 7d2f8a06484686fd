import { useMemo, useState } from 'react';
import type { StationPublicConfig } from '../../shared/contract/appSchemas.js';
import { mergeKeyBindings } from '../../shared/keypad/keypadActions.js';
import { createKeyMap } from '../a11y/keypad/keyMap.js';
import type { SpeechEngine } from '../a11y/speech/speechEngine.js';
import { ResidentSession } from './ResidentSession.js';

/**
 * Mounts one ResidentSession per visit. Ending a visit remounts it under a new key, which is what
 * clears the screen, the memory and every setting (ACCESSIBILITY.md, "Time").
 */
export function KioskRoot({ station, engine }: { station: StationPublicConfig; engine: SpeechEngine }) {
  const [visitNumber, setVisitNumber] = useState(0);
  const keyMap = useMemo(() => createKeyMap(mergeKeyBindings(station.keyBindings)), [station]);
  return (
    <ResidentSession
      key={visitNumber}
      station={station}
      engine={engine}
      keyMap={keyMap}
      onEnd={() => setVisitNumber((n) => n + 1)}
    />
  );
}
