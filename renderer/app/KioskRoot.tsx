import { useEffect, useMemo, useState } from 'react';
import type { StationPublicConfig } from '../../shared/contract/appSchemas.js';
import { mergeKeyBindings } from '../../shared/keypad/keypadActions.js';
import { createKeyMap } from '../a11y/keypad/keyMap.js';
import { stationSpeechEngine } from '../a11y/speech/stationSpeechEngine.js';
import { kioskApi } from '../kiosk.js';
import { ResidentSession } from './ResidentSession.js';

/**
 * Mounts one ResidentSession per visit. Ending a visit remounts it under a new key, which is what
 * clears the screen, the memory and every setting (ACCESSIBILITY.md, "Time").
 * Station settings staff save arrive as a host event and apply at once, without a restart (issue #8):
 * key map, speech engine and idle timeout now; default language, size and theme from the next visit.
 */
export function KioskRoot({ station: initialStation }: { station: StationPublicConfig }) {
  const [visitNumber, setVisitNumber] = useState(0);
  const [station, setStation] = useState(initialStation);
  useEffect(
    () =>
      kioskApi().onEvent((event) => {
        if (event.type === 'station') setStation(event.station);
      }),
    [],
  );
  const keyMap = useMemo(() => createKeyMap(mergeKeyBindings(station.keyBindings)), [station.keyBindings]);
  const engine = useMemo(() => stationSpeechEngine(station.speechEngine), [station.speechEngine]);
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
