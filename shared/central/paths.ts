import type { CatalogKind } from '../catalog/catalogKinds.js';

// Every route of the provincial central API the kiosk uses (issue #6). Versioned in the path so a
// later contract can live beside this one while stations upgrade.
export const CENTRAL_PATHS = {
  health: '/v1/health',
  submissions: '/v1/submissions/batch',
  visits: '/v1/visits/batch',
  audit: '/v1/audit/batch',
  applicationStatus: '/v1/applications/lookup',
  serviceRecord: '/v1/service-record/lookup',
} as const;

export function catalogPath(kind: CatalogKind): string {
  return `/v1/catalog/${kind}`;
}

/** Most items one upload request may carry; larger batches are refused with 413. */
export const MAX_BATCH_ITEMS = 200;
