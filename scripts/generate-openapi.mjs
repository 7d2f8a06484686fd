// Writes shared/central/openapi.json from the zod contract. Run through `npm run openapi`, which first
// compiles shared/ to dist/node: the document is built by the same compiled code the kiosk runs.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const { buildOpenApiDocument, serializeOpenApiDocument } = await import(
  new URL('dist/node/shared/central/openApiDocument.js', root).href
);
const target = fileURLToPath(new URL('shared/central/openapi.json', root));
writeFileSync(target, serializeOpenApiDocument(buildOpenApiDocument()));
console.log(`[openapi] wrote ${target}`);
