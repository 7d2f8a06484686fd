import { useEffect, useState } from 'react';
import type { HostStatus } from '../../shared/contract/appSchemas.js';
import { useHostQuery, type HostQuery } from '../host/useHostQuery.js';
import { kioskApi } from '../kiosk.js';

/** Online state and queue depth, first asked for, then kept fresh by host events. */
export function useHostStatus(): HostStatus | undefined {
  // Asked when the session mounts, never kept: the events keep it current from there.
  const asked = useHostQuery('status.get', {}, 'screen');
  // Whichever arrives last is shown, the first answer or an event: the later arrival is taken as the newer state.
  const [latest, setLatest] = useState<{ readonly from: HostQuery<HostStatus>; readonly status: HostStatus | undefined }>({ from: asked, status: undefined });
  // A new answer is taken in while rendering (React's pattern for adjusting state), so no frame shows the older one.
  if (asked !== latest.from) setLatest({ from: asked, status: asked.status === 'ok' ? asked.value : latest.status });
  useEffect(
    () =>
      kioskApi().onEvent((event) => {
        if (event.type === 'status') setLatest((current) => ({ ...current, status: event.status }));
      }),
    [],
  );
  return latest.status;
}
