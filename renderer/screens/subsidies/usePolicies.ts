import { useEffect } from 'react';
import type { Policy } from '../../../shared/catalog/policy.js';
import { useSessionMemory } from '../../app/useSessionMemory.js';
import { kioskApi } from '../../kiosk.js';

/** The policies in force, asked for once per visit and kept, so every subsidy screen renders at once. */
export function usePolicies(): readonly Policy[] | undefined {
  const [policies, setPolicies] = useSessionMemory<readonly Policy[] | undefined>('subsidies.policies', undefined);
  useEffect(() => {
    if (policies !== undefined) return undefined;
    let active = true;
    void kioskApi()
      .invoke('policies.list', {})
      .then((result) => {
        if (active) setPolicies(result.ok ? result.value.policies : []);
      });
    return () => {
      active = false;
    };
  }, [policies, setPolicies]);
  return policies;
}
