import type { Policy } from '../../../shared/catalog/policy.js';
import { useHostQuery } from '../../host/useHostQuery.js';

const NO_POLICIES: readonly Policy[] = [];

/** The policies offered at this station, asked for once per visit and kept, so every subsidy screen renders at once. */
export function usePolicies(): readonly Policy[] | undefined {
  const query = useHostQuery('policies.list', {});
  if (query.status === 'loading') return undefined;
  // A failed answer shows the empty list with its message rather than waiting forever.
  return query.status === 'ok' ? query.value.policies : NO_POLICIES;
}
