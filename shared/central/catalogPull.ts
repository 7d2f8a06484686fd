import { z } from 'zod';
import { CatalogKindSchema } from '../catalog/catalogKinds.js';

// GET /v1/catalog/{kind}. The response carries an ETag (the quoted version); a request with a matching
// If-None-Match gets 304 and no body. Items are validated one by one on the kiosk with the schemas in
// shared/catalog, and the whole pull is refused if any record fails (the previous catalog stays).
export const CatalogResponseSchema = z.strictObject({
  kind: CatalogKindSchema,
  version: z.string().min(1).max(100),
  items: z.array(z.unknown()).max(200_000),
});
export type CatalogResponse = z.infer<typeof CatalogResponseSchema>;

export function etagOfVersion(version: string): string {
  return `"${version.replace(/["\\]/g, '')}"`;
}
