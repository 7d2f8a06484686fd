import { catalogPath, CENTRAL_PATHS } from '../../../shared/central/paths.js';
import { catalogKinds } from '../../../shared/catalog/catalogKinds.js';
import type { CatalogSource } from '../catalogSource.js';
import type { BatchLedger, RejectItem } from '../store/batchLedger.js';
import type { LookupRecords } from '../store/lookupRecords.js';
import { auditRoute, submissionsRoute, visitsRoute } from './batchRoutes.js';
import { catalogRoute } from './catalogRoute.js';
import { healthRoute } from './healthRoute.js';
import { applicationStatusRoute, serviceRecordRoute } from './lookupRoutes.js';
import type { Route } from './route.js';

export type RouteDependencies = {
  readonly ledger: BatchLedger;
  readonly records: LookupRecords;
  readonly catalog: CatalogSource;
  readonly clock: () => Date;
  readonly rejectItem: RejectItem | undefined;
  /** Routes the contract does not have, for tests (see ReferenceServerOptions.extraRoutes). */
  readonly extraRoutes: readonly ExtraRoute[];
};

export type ExtraRoute = { readonly method: 'GET' | 'POST'; readonly path: string; readonly route: Route };

/** Finds the route for a method and path; anything else, a wrong method included, is 404. */
export type RouteTable = (method: string, path: string) => Route | undefined;

export function createRouteTable(deps: RouteDependencies): RouteTable {
  const routes = new Map<string, Route>([
    [`GET ${CENTRAL_PATHS.health}`, healthRoute(deps.clock)],
    [`POST ${CENTRAL_PATHS.submissions}`, submissionsRoute(deps.ledger, deps.rejectItem)],
    [`POST ${CENTRAL_PATHS.visits}`, visitsRoute(deps.ledger)],
    [`POST ${CENTRAL_PATHS.audit}`, auditRoute(deps.ledger)],
    [`POST ${CENTRAL_PATHS.applicationStatus}`, applicationStatusRoute(deps.records)],
    [`POST ${CENTRAL_PATHS.serviceRecord}`, serviceRecordRoute(deps.records)],
    ...catalogKinds.map((kind): [string, Route] => [`GET ${catalogPath(kind)}`, catalogRoute(deps.catalog, kind)]),
  ]);
  for (const extra of deps.extraRoutes) {
    const key = `${extra.method} ${extra.path}`;
    // An extra route stands beside the contract; it must never quietly replace a contract route.
    if (routes.has(key)) throw new Error(`${key} is a contract route`);
    routes.set(key, extra.route);
  }
  return (method, path) => routes.get(`${method.toUpperCase()} ${path}`);
}
