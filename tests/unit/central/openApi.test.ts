import { readFileSync } from 'node:fs';
// ajv validates the generated document against JSON Schema 2020-12 independently of zod (devDependency).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { catalogKinds } from '../../../shared/catalog/catalogKinds.js';
import { CentralErrorBodySchema } from '../../../shared/central/common.js';
import {
  buildOpenApiDocument,
  OPENAPI_REPLAY_WINDOW_MINUTES,
  OPENAPI_SIGNATURE_HEADERS,
  serializeOpenApiDocument,
  type JsonSchema,
} from '../../../shared/central/openApiDocument.js';
import { CENTRAL_PATHS, catalogPath, MAX_BATCH_ITEMS } from '../../../shared/central/paths.js';
import { rejectionReasons, SubmissionBatchRequestSchema, type SubmissionUploadItem } from '../../../shared/central/submissionUpload.js';
import { REPLAY_WINDOW_MS, SIGNATURE_HEADERS } from '../../../electron/sync/requestSignature.js';

const repoFile = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const doc = buildOpenApiDocument();
const schemas = doc.components.schemas;

function schema(id: string): JsonSchema {
  const found = schemas[id];
  if (found === undefined) throw new Error(`no component schema ${id}`);
  return found;
}

/** Every { $ref } anywhere below value, with where it was found. */
function refsIn(value: unknown, at = '#'): { ref: string; at: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => refsIn(item, `${at}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [{ ref: child, at }] : refsIn(child, `${at}/${key}`),
  );
}

function resolvePointer(root: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), root);
}

const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  (['get', 'post'] as const).flatMap((method) => {
    const operation = item[method];
    return operation === undefined ? [] : [{ path, method, operation }];
  }),
);

describe('shared/central/openapi.json', () => {
  it('is the document the zod contract generates today', () => {
    expect(repoFile('shared/central/openapi.json'), 'shared/central/openapi.json is stale: run `npm run openapi` and commit the result').toBe(
      serializeOpenApiDocument(doc),
    );
  });
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and has every central route, one per catalog kind', () => {
    expect(doc.openapi).toBe('3.1.0');
    const expected = [...Object.values(CENTRAL_PATHS), ...catalogKinds.map(catalogPath)];
    expect(Object.keys(doc.paths).sort()).toEqual([...expected].sort());
  });

  it('gives every operation a unique operationId, a success and error responses, and the signed-request security', () => {
    expect(operations.length).toBe(Object.keys(doc.paths).length);
    expect(new Set(operations.map(({ operation }) => operation.operationId)).size).toBe(operations.length);
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Object.keys(operation.responses), where).toContain('200');
      expect(Object.keys(operation.responses), where).toEqual(expect.arrayContaining(['401', '500', '503']));
      expect(operation.security, where).toEqual([{ KioskStation: [], KioskTimestamp: [], KioskSignature: [] }]);
      if (method === 'post') expect(Object.keys(operation.responses), where).toContain('400');
    }
    for (const path of [CENTRAL_PATHS.submissions, CENTRAL_PATHS.visits]) {
      expect(Object.keys(doc.paths[path]?.post?.responses ?? {})).toContain('413');
    }
  });

  it('describes the signature headers the kiosk actually sends', () => {
    expect(OPENAPI_SIGNATURE_HEADERS).toEqual(SIGNATURE_HEADERS);
    expect(OPENAPI_REPLAY_WINDOW_MINUTES * 60_000).toBe(REPLAY_WINDOW_MS);
    const schemes = doc.components.securitySchemes;
    expect(Object.values(schemes).map((scheme) => [scheme.type, scheme.in, scheme.name])).toEqual(
      Object.values(SIGNATURE_HEADERS).map((name) => ['apiKey', 'header', name]),
    );
    expect(Object.keys(doc.security[0] ?? {}).sort()).toEqual(Object.keys(schemes).sort());
  });

  it('resolves every $ref to an existing component', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const { ref, at } of refs) {
      expect(ref, at).toMatch(/^#\/components\/(schemas|responses)\/[A-Za-z]+$/);
      expect(resolvePointer(doc, ref), `${ref} at ${at}`).toBeTypeOf('object');
    }
  });

  it('answers errors with the central error body', () => {
    for (const { path, method, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const resolved = '$ref' in response ? resolvePointer(doc, response.$ref) : response;
        expect(refsIn(resolved).map(({ ref }) => ref), `${method} ${path} ${status}`).toEqual(['#/components/schemas/CentralErrorBody']);
      }
    }
  });

  it('types each catalog pull with its kind, and revalidates it with ETag / If-None-Match / 304', () => {
    const itemSchema = { jobs: 'Job', courses: 'Course', policies: 'Policy' } as const;
    for (const kind of catalogKinds) {
      const operation = doc.paths[catalogPath(kind)]?.get;
      expect(operation?.parameters?.map((parameter) => [parameter.name, parameter.in, parameter.required])).toEqual([['If-None-Match', 'header', false]]);
      const ok = operation?.responses['200'];
      const notModified = operation?.responses['304'];
      if (ok === undefined || '$ref' in ok || notModified === undefined || '$ref' in notModified) throw new Error(`catalog ${kind}: 200 and 304 must be inline`);
      expect(Object.keys(ok.headers ?? {})).toEqual(['ETag']);
      expect(Object.keys(notModified.headers ?? {})).toEqual(['ETag']);
      expect(notModified.content).toBeUndefined();
      const [bodyRef] = refsIn(ok.content);
      const body = resolvePointer(doc, bodyRef?.ref ?? '') as JsonSchema;
      expect(body.properties?.kind).toMatchObject({ allOf: expect.arrayContaining([{ type: 'string', const: kind }]) });
      expect(refsIn(body.properties?.items).map(({ ref }) => ref)).toEqual([`#/components/schemas/${itemSchema[kind]}`]);
    }
  });

  it('carries the constraints of the zod schemas', () => {
    expect(schema('SubmissionBatchRequest').properties?.items).toMatchObject({ minItems: 1, maxItems: MAX_BATCH_ITEMS });
    expect(schema('VisitBatchRequest').properties?.items).toMatchObject({ minItems: 1, maxItems: MAX_BATCH_ITEMS });
    expect(schema('BatchResponse').properties?.items).toBeUndefined();
    const rejected = schema('ItemResult').oneOf?.find((variant) => JSON.stringify(variant.properties?.outcome) === '{"type":"string","const":"rejected"}');
    expect(rejected?.properties?.reason).toEqual({ type: 'string', enum: [...rejectionReasons] });
    expect(schema('CentralErrorBody').properties?.error).toMatchObject({
      properties: { code: { enum: CentralErrorBodySchema.shape.error.shape.code.options } },
    });
    expect(schema('SubmissionUploadItem').additionalProperties).toBe(false);
  });
});

describe('the generated schemas, checked with a JSON Schema 2020-12 validator', () => {
  // formats (uuid, date-time, date) need ajv-formats; the patterns zod emits beside them carry the same rules.
  const ajv = new Ajv2020({ strict: true, validateFormats: false, allErrors: true });
  ajv.addKeyword('components');
  const BASE = 'https://central.invalid/openapi.json';
  ajv.addSchema({ $id: BASE, components: { schemas } });
  const validate = (id: string, data: unknown): boolean => {
    const validator = ajv.getSchema(`${BASE}#/components/schemas/${id}`);
    if (validator === undefined) throw new Error(`no schema ${id}`);
    return validator(data) === true;
  };

  it('are valid JSON Schema', () => {
    for (const [id, component] of Object.entries(schemas)) expect(ajv.validateSchema(component), id).toBe(true);
  });

  const item: SubmissionUploadItem = {
    id: '019a8f3e-7c4b-7def-8abc-0123456789ab',
    kind: 'job_interest',
    reference: 'J00001',
    createdAt: '2025-06-01T09:30:00.000+08:00',
    visitId: null,
    staffAssisted: false,
    publicData: { jobId: 'job-0001', needs: ['step_free'], hours: { min: 2 } },
    personalData: null,
  };

  it.each([
    ['a valid batch', { items: [item] }, true],
    [`${MAX_BATCH_ITEMS + 1} items`, { items: Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => item) }, false],
    ['no items', { items: [] }, false],
    ['an unknown field', { items: [{ ...item, extra: 1 }] }, false],
    ['a malformed reference', { items: [{ ...item, reference: 'X1' }] }, false],
    ['an unknown kind', { items: [{ ...item, kind: 'other' }] }, false],
  ])('agree with zod on a submission batch with %s', (_name, body, valid) => {
    expect(SubmissionBatchRequestSchema.safeParse(body).success).toBe(valid);
    expect(validate('SubmissionBatchRequest', body)).toBe(valid);
  });

  it('accept the shipped seed catalogs as central pulls', () => {
    for (const [kind, id] of [['jobs', 'JobsCatalogResponse'], ['courses', 'CoursesCatalogResponse']] as const) {
      const items: unknown = JSON.parse(repoFile(`assets/catalog/${kind}.json`));
      expect(validate(id, { kind, version: 'seed', items }), `${kind}: ${ajv.errorsText(ajv.getSchema(`${BASE}#/components/schemas/${id}`)?.errors)}`).toBe(true);
      expect(validate(id, { kind: kind === 'jobs' ? 'courses' : 'jobs', version: 'seed', items })).toBe(false);
    }
  });

  it('accept the error examples, as zod does', () => {
    for (const [name, response] of Object.entries(doc.components.responses)) {
      const example = response.content?.['application/json']?.example;
      expect(CentralErrorBodySchema.safeParse(example).success, name).toBe(true);
      expect(validate('CentralErrorBody', example), name).toBe(true);
    }
  });
});
