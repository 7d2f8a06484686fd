import { etagOfVersion, type CatalogResponse } from '../../../shared/central/catalogPull.js';
import type { CatalogKind } from '../../../shared/catalog/catalogKinds.js';
import type { CatalogSource } from '../catalogSource.js';
import { errorReply, jsonReply, notModifiedReply } from '../http/reply.js';
import type { Route } from './route.js';

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/** GET /v1/catalog/{kind}: the items as stored, unvalidated (the kiosk validates each record itself). */
export function catalogRoute(source: CatalogSource, kind: CatalogKind): Route {
  return async (request) => {
    const snapshot = await source.read(kind);
    if (!snapshot.ok) {
      return snapshot.error === 'missing'
        ? errorReply(404, 'not_found', `no ${kind} catalog on this server`)
        : errorReply(500, 'internal_error', `the ${kind} catalog file cannot be read as a JSON array`);
    }
    const etag = etagOfVersion(snapshot.value.version);
    if (matchesEtag(request.headers['if-none-match'], etag)) return notModifiedReply(etag);
    const response: CatalogResponse = { kind, version: snapshot.value.version, items: [...snapshot.value.items] };
    return jsonReply(200, response, { etag });
  };
}
