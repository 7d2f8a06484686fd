import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffDashboard } from '../../../../shared/contract/staffSchemas.js';
import { kioskApi } from '../../../kiosk.js';
import { useStaffApi } from '../useStaffApi.js';

export type DashboardData = StaffDashboard | 'unavailable' | undefined;

/**
 * The dashboard's data: read on opening, after each staff action, and again whenever the host reports
 * a change (forwarding progress, a resident calling staff), so the view stays current without polling.
 */
export function useDashboard(): { data: DashboardData; reload: () => void } {
  const call = useStaffApi();
  const [data, setData] = useState<DashboardData>(undefined);
  const loading = useRef(false);
  const again = useRef(false);
  const active = useRef(true);

  const reload = useCallback(() => {
    if (loading.current) {
      again.current = true;
      return;
    }
    loading.current = true;
    void call('staff.dashboard', {}).then((answer) => {
      loading.current = false;
      if (!active.current) return;
      setData(answer.ok ? answer.value : 'unavailable');
      if (again.current) {
        again.current = false;
        reload();
      }
    });
  }, [call]);

  useEffect(() => {
    active.current = true;
    reload();
    const unsubscribe = kioskApi().onEvent((event) => {
      if (event.type === 'status' || event.type === 'staffCalled') reload();
    });
    return () => {
      active.current = false;
      unsubscribe();
    };
  }, [reload]);

  return { data, reload };
}
