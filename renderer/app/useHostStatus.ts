import { useEffect, useState } from 'react';
import type { HostStatus } from '../../shared/contract/appSchemas.js';
import { kioskApi } from '../kiosk.js';

/** Online state and queue depth, first asked for, then kept fresh by host events. */
export function useHostStatus(): HostStatus | undefined {
  const [status, setStatus] = useState<HostStatus | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void kioskApi()
      .invoke('status.get', {})
      .then((result) => {
        if (active && result.ok) setStatus(result.value);
      });
    const unsubscribe = kioskApi().onEvent((event) => {
      if (event.type === 'status') setStatus(event.status);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return status;
}
