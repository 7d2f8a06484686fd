import { z } from 'zod';
import { catalogItemSchemas, catalogKinds, CatalogKindSchema, type CatalogKind } from '../catalog/catalogKinds.js';
import { LocalizedTextSchema } from '../catalog/localizedText.js';
import { CatalogResponseSchema, etagOfVersion } from './catalogPull.js';
import { CentralErrorBodySchema, HealthResponseSchema, JsonObjectSchema, type CentralErrorBody } from './common.js';
import {
  ApplicationStatusRequestSchema,
  ApplicationStatusResponseSchema,
  ServiceCountsSchema,
  ServiceRecordRequestSchema,
  ServiceRecordResponseSchema,
} from './lookups.js';
import { ServiceRecordPublicDataSchema, serviceOfSubmission } from './serviceRecord.js';
import { JobSeekerPublicDataSchema } from './jobSeekerRegistration.js';
import { CENTRAL_PATHS, catalogPath, MAX_BATCH_ITEMS } from './paths.js';
import { BatchResponseSchema, ItemResultSchema, rejectionReasons, SubmissionBatchRequestSchema, SubmissionUploadItemSchema } from './submissionUpload.js';
import { VisitBatchRequestSchema, VisitUploadItemSchema } from './visitUpload.js';
import { AuditBatchRequestSchema, AuditUploadItemSchema } from './auditUpload.js';

// The central API contract as an OpenAPI 3.1 document, for the teams that build the provincial server.
// Every schema in it is generated from the zod schemas the kiosk itself validates with, so the document
// cannot drift from the code: tests/unit/central/openApi.test.ts compares it with the checked-in
// shared/central/openapi.json (regenerate with `npm run openapi`).

export type JsonSchema = z.core.JSONSchema.BaseSchema;
type Reference = { readonly $ref: string };
type MediaType = { readonly schema: JsonSchema; readonly example?: unknown };
type Header = { readonly description: string; readonly required: boolean; readonly schema: JsonSchema; readonly example?: string };
type HeaderParameter = Header & { readonly name: string; readonly in: 'header' };
type ResponseObject = {
  readonly description: string;
  readonly headers?: Readonly<Record<string, Header>>;
  readonly content?: Readonly<Record<string, MediaType>>;
};
type SecurityRequirement = Readonly<Record<string, readonly string[]>>;
type Operation = {
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly parameters?: readonly HeaderParameter[];
  readonly requestBody?: { readonly required: true; readonly content: Readonly<Record<string, MediaType>> };
  readonly responses: Readonly<Record<string, ResponseObject | Reference>>;
  readonly security: readonly SecurityRequirement[];
};
type PathItem = { readonly get?: Operation; readonly post?: Operation };
type ApiKeyScheme = { readonly type: 'apiKey'; readonly in: 'header'; readonly name: string; readonly description: string };

export type OpenApiDocument = {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  readonly security: readonly SecurityRequirement[];
  readonly paths: Readonly<Record<string, PathItem>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, JsonSchema>>;
    readonly responses: Readonly<Record<string, ResponseObject>>;
    readonly securitySchemes: Readonly<Record<string, ApiKeyScheme>>;
  };
};

// The header names and replay window of electron/sync/requestSignature.ts. They are repeated here
// because shared/ is also compiled for the sandboxed renderer, which cannot import node:crypto;
// the test checks both against SIGNATURE_HEADERS and REPLAY_WINDOW_MS.
export const OPENAPI_SIGNATURE_HEADERS = {
  station: 'x-kiosk-station',
  timestamp: 'x-kiosk-timestamp',
  signature: 'x-kiosk-signature',
} as const;
export const OPENAPI_REPLAY_WINDOW_MINUTES = 5;

const JSON_MEDIA = 'application/json';
const schemaRef = (id: string): JsonSchema => ({ $ref: `#/components/schemas/${id}` });
const responseRef = (id: string): Reference => ({ $ref: `#/components/responses/${id}` });

const catalogNames = {
  jobs: { item: 'Job', response: 'JobsCatalogResponse', operationId: 'getJobsCatalog', what: 'job listings' },
  courses: { item: 'Course', response: 'CoursesCatalogResponse', operationId: 'getCoursesCatalog', what: 'training courses and their sessions' },
  policies: { item: 'Policy', response: 'PoliciesCatalogResponse', operationId: 'getPoliciesCatalog', what: 'employment and subsidy policies' },
} as const satisfies Record<CatalogKind, { item: string; response: string; operationId: string; what: string }>;

/**
 * The kiosk parses a pull with CatalogResponseSchema and then every item with the kind's schema; the
 * intersection states both. zod folds it into one object, taking additionalProperties from the looser
 * side, so the narrowing side is a plain z.object (closed in output mode), not a looseObject.
 */
function catalogResponseSchemaOf(kind: CatalogKind): z.ZodType {
  return z.intersection(CatalogResponseSchema, z.object({ kind: z.literal(kind), items: z.array(catalogItemSchemas[kind]) }));
}

type NamedSchema = readonly [id: string, schema: z.ZodType];

// Request bodies are what the server parses (zod input); responses are what a conforming server sends
// (zod output). They differ only for plain z.object(), whose output has no unknown keys, which makes
// the catalog records closed in the document although the kiosk strips unknown fields instead of refusing.
const requestSchemas: readonly NamedSchema[] = [
  ['SubmissionBatchRequest', SubmissionBatchRequestSchema],
  ['SubmissionUploadItem', SubmissionUploadItemSchema],
  ['JsonObject', JsonObjectSchema],
  // z.json() is recursive: unnamed, zod would put it under a "__shared" entry no OpenAPI $ref can reach.
  ['JsonValue', JsonObjectSchema.valueType],
  ['VisitBatchRequest', VisitBatchRequestSchema],
  ['VisitUploadItem', VisitUploadItemSchema],
  ['AuditBatchRequest', AuditBatchRequestSchema],
  ['AuditUploadItem', AuditUploadItemSchema],
  ['ApplicationStatusRequest', ApplicationStatusRequestSchema],
  ['ServiceRecordRequest', ServiceRecordRequestSchema],
  // The publicData of a service_record submission; SubmissionUploadItem itself types publicData as any object.
  ['ServiceRecordPublicData', ServiceRecordPublicDataSchema],
  // The publicData of a job_seeker submission (需求归集): revisions of one registration share its registrationId.
  ['JobSeekerPublicData', JobSeekerPublicDataSchema],
];

const responseSchemas: readonly NamedSchema[] = [
  ['HealthResponse', HealthResponseSchema],
  ['BatchResponse', BatchResponseSchema],
  ['ItemResult', ItemResultSchema],
  ['ApplicationStatusResponse', ApplicationStatusResponseSchema],
  ['ServiceRecordResponse', ServiceRecordResponseSchema],
  ['ServiceCounts', ServiceCountsSchema],
  ['CatalogKind', CatalogKindSchema],
  ['LocalizedText', LocalizedTextSchema],
  ...catalogKinds.flatMap((kind): NamedSchema[] => [
    [catalogNames[kind].response, catalogResponseSchemaOf(kind)],
    [catalogNames[kind].item, catalogItemSchemas[kind]],
  ]),
  ['CentralErrorBody', CentralErrorBodySchema],
];

// Refinements (.refine: a 身份证号 check character, seatsTaken <= seatsTotal …) have no JSON Schema form;
// zod leaves them out without an error, and the info description says so. Everything else used by the
// contract (z.iso.datetime/date, z.uuid, z.json via JsonValue, discriminated unions) converts, so
// unrepresentable stays 'throw': a future construct that does not convert fails the build, not silently.
function toComponents(named: readonly NamedSchema[], io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: 'throw', uri: (id) => `#/components/schemas/${id}` });
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    if (id === '__shared') throw new Error('An unnamed schema is shared or recursive: add it to the OpenAPI schemas with an id');
    // $schema is implied by OpenAPI 3.1, and a fragment $id would rebase every $ref inside the component.
    const component: JsonSchema = { ...schema };
    delete component.$schema;
    delete component.$id;
    components[id] = component;
  }
  return components;
}

function componentSchemas(): Record<string, JsonSchema> {
  const requests = toComponents(requestSchemas, 'input');
  const responses = toComponents(responseSchemas, 'output');
  for (const id of Object.keys(responses)) {
    if (id in requests && JSON.stringify(requests[id]) !== JSON.stringify(responses[id])) {
      throw new Error(`Schema ${id} differs between request and response; give the two forms separate ids`);
    }
  }
  return { ...requests, ...responses };
}

type ErrorStatus = '400' | '401' | '404' | '413' | '500' | '503';
const errorResponses: Record<ErrorStatus, { name: string; description: string; example: CentralErrorBody }> = {
  '400': {
    name: 'BadRequest',
    description: 'The body does not match the schema. Nothing was stored.',
    example: { error: { code: 'bad_request', message: 'items[0].reference: invalid' } },
  },
  '401': {
    name: 'Unauthorized',
    description:
      'Unknown station, bad signature or a replayed signature: code `unauthorized`; the kiosk stops sending and alerts staff. ' +
      'A good signature whose timestamp is outside the replay window: code `clock_skew` with `serverTime`; the kiosk tells staff how far ' +
      'its clock is off, keeps the items and resumes by itself once its requests are accepted.',
    example: { error: { code: 'clock_skew', message: 'signature timestamp outside the replay window', serverTime: '2026-11-23T09:00:00.000Z' } },
  },
  '404': {
    name: 'NotFound',
    description: 'For a lookup: no record matches the identity given. For any route: the base URL does not serve this contract.',
    example: { error: { code: 'not_found', message: 'no record' } },
  },
  '413': {
    name: 'PayloadTooLarge',
    description: `More than ${MAX_BATCH_ITEMS} items, or a body over the server's size limit. Nothing was stored.`,
    example: { error: { code: 'payload_too_large', message: `at most ${MAX_BATCH_ITEMS} items per batch` } },
  },
  '500': {
    name: 'InternalError',
    description: 'A server fault. The kiosk retries with backoff.',
    example: { error: { code: 'internal_error', message: 'internal error' } },
  },
  '503': {
    name: 'Unavailable',
    description: 'Maintenance or overload. The kiosk retries with backoff.',
    example: { error: { code: 'unavailable', message: 'maintenance' } },
  },
};

function errorsFor(statuses: readonly ErrorStatus[]): Record<string, Reference> {
  return Object.fromEntries(statuses.map((status) => [status, responseRef(errorResponses[status].name)]));
}

function jsonBody(id: string): Readonly<Record<string, MediaType>> {
  return { [JSON_MEDIA]: { schema: schemaRef(id) } };
}

const SIGNED: SecurityRequirement = { KioskStation: [], KioskTimestamp: [], KioskSignature: [] };
const ALWAYS: readonly ErrorStatus[] = ['401', '404', '500', '503'];

function batchOperation(operationId: string, summary: string, request: string, what: string): Operation {
  return {
    operationId,
    summary,
    description:
      `Uploads 1–${MAX_BATCH_ITEMS} ${what}. The item id is the idempotency key: an id already received answers ` +
      '`duplicate` with the first central reference and stores nothing new. The answer holds exactly one result per item sent, in any order.',
    tags: ['upload'],
    requestBody: { required: true, content: jsonBody(request) },
    responses: { '200': { description: 'One result per item sent.', content: jsonBody('BatchResponse') }, ...errorsFor(['400', '413', ...ALWAYS]) },
    security: [SIGNED],
  };
}

function lookupOperation(operationId: string, summary: string, request: string, response: string, description: string): Operation {
  return {
    operationId,
    summary,
    description: `${description} Needs the network: offline, the kiosk stores the request as a submission and forwards it like any other.`,
    tags: ['lookup'],
    requestBody: { required: true, content: jsonBody(request) },
    responses: { '200': { description: 'The record.', content: jsonBody(response) }, ...errorsFor(['400', ...ALWAYS]) },
    security: [SIGNED],
  };
}

const ETAG_EXAMPLE = etagOfVersion('2025-06-01.3');

function catalogOperation(kind: CatalogKind): Operation {
  const names = catalogNames[kind];
  const etag: Header = {
    description: 'The catalog version in double quotes.',
    required: true,
    schema: { type: 'string' },
    example: ETAG_EXAMPLE,
  };
  return {
    operationId: names.operationId,
    summary: `The current catalog of ${names.what}`,
    description:
      `The whole ${kind} catalog, replacing the kiosk's copy. The kiosk validates every item with the ${names.item} schema ` +
      'and refuses the whole pull if any item fails, keeping its previous catalog.',
    tags: ['catalog'],
    parameters: [
      {
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: 'The ETag of the catalog the kiosk holds; when it is still current the answer is 304.',
        schema: { type: 'string' },
        example: ETAG_EXAMPLE,
      },
    ],
    responses: {
      '200': { description: `The catalog of ${names.what}.`, headers: { ETag: etag }, content: jsonBody(names.response) },
      '304': { description: 'Not modified: If-None-Match matched the current version. No body.', headers: { ETag: etag } },
      ...errorsFor(ALWAYS),
    },
    security: [SIGNED],
  };
}

/** How the 12333 record is counted, with the same mapping of submissions to services the reference server uses. */
function serviceRecordDescription(): string {
  const mapping = Object.entries(serviceOfSubmission)
    .map(([kind, service]) => `${kind} → ${service}`)
    .join(', ');
  return (
    'Counts of the 12333 services a resident received (鲁就办〔2023〕13号 item 16: within one year 2 policy contacts, ' +
    '3 career guidance sessions, 3 job recommendations, 3 training offers, delivered 一对一 by the station). ' +
    'Both counts cover one year back from the lookup (a rolling window, not the calendar year), by when each service happened (a submission\'s createdAt). ' +
    '`staffDelivered` (what the targets count): `service_record` submissions (the service in their publicData), ' +
    `submissions with staffAssisted true (${mapping}), and services recorded outside the kiosks. ` +
    '`selfService`: the same submissions made by the resident alone (staffAssisted false), shown to the resident but not counted toward the targets.'
  );
}

function description(): string {
  const window = OPENAPI_REPLAY_WINDOW_MINUTES;
  return [
    'The provincial central API that community employment-station kiosks (社区就业驿站) upload to and pull catalogs from. ' +
      'Generated from the zod schemas in shared/central and shared/catalog (`npm run openapi`); do not edit by hand.',
    '## Transport\nHTTPS is required, because submissions carry personal data (个人信息保护法 Art. 51). ' +
      'The kiosk refuses a plain-HTTP base URL except on loopback (127.0.0.1, localhost, ::1), where the reference server runs in tests and pilots.',
    '## Authentication\nEvery request carries three headers (one security requirement): the station id, the time in Unix milliseconds, ' +
      'and a hex HMAC-SHA256 keyed by the station secret. ' +
      `The server refuses with 401 a timestamp more than ${window} minutes from its clock, and a signature it has already seen inside that window.`,
    '## Idempotency\nEvery uploaded item carries an id chosen by the kiosk (a UUIDv7), which is the idempotency key. ' +
      'An item sent again (after a timeout, a dropped connection or a power cut) answers `duplicate` with the first answer\'s central reference, never a second record.',
    `## Batches\nAn upload carries 1–${MAX_BATCH_ITEMS} items. The answer holds exactly one result per item sent, in any order, and no others: ` +
      '`accepted` (with the central reference), `duplicate` (received before: the first reference again) or ' +
      `\`rejected\` with a reason (${rejectionReasons.join(', ')}) and a detail for staff. A rejection is final: the kiosk shows it to staff. ` +
      'A response that does not cover every id sent is treated as malformed by the kiosk, and the batch is retried.',
    '## Retries\n5xx, 408, 425, 429 and network errors: the kiosk keeps the items and retries with backoff, which the idempotency keys make safe. ' +
      '401 (or 403) `unauthorized`: the kiosk stops sending and alerts staff (wrong station id or secret). ' +
      '401 `clock_skew`: the station\'s clock is outside the replay window; the kiosk alerts staff with the offset, checks the clock with a signed health request on each tick and resumes by itself. ' +
      'Other 4xx (400, 404, 413 …): the same request would be refused again, so the kiosk does not resend it unchanged.',
    '## Schema notes\nCross-field and checksum rules of the zod schemas (a 身份证号 check character, seatsTaken ≤ seatsTotal, ' +
      'an end date not before its start …) have no JSON Schema form and are not shown; the receiving side still enforces them.',
  ].join('\n\n');
}

export function buildOpenApiDocument(): OpenApiDocument {
  const paths: Record<string, PathItem> = {
    [CENTRAL_PATHS.health]: {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness and the server clock',
        description: 'Lets a station check its credentials and notice its own clock drifting out of the replay window.',
        tags: ['health'],
        responses: { '200': { description: 'The server is up.', content: jsonBody('HealthResponse') }, ...errorsFor(ALWAYS) },
        security: [SIGNED],
      },
    },
    [CENTRAL_PATHS.submissions]: {
      post: batchOperation(
        'uploadSubmissions',
        'Upload resident submissions',
        'SubmissionBatchRequest',
        'submissions (job interest, training sign-up, subsidy inquiries …, and `service_record`: a 12333 service staff delivered, ' +
          'with publicData as in ServiceRecordPublicData and personalData `{ idNumber }`; `job_seeker`: a job-seeker registration, ' +
          'publicData as in JobSeekerPublicData, where a resident\'s update is a new item with the same registrationId and the next ' +
          'revision, and the highest revision is the registration)',
      ),
    },
    [CENTRAL_PATHS.visits]: {
      post: batchOperation('uploadVisits', 'Upload anonymous visit statistics', 'VisitBatchRequest', 'finished visits (anonymous statistics, no personal data)'),
    },
    [CENTRAL_PATHS.audit]: {
      post: batchOperation('uploadAudit', 'Upload the station audit log', 'AuditBatchRequest', 'audit entries (staff actions and sync alerts: ids, counts and codes, no personal data)'),
    },
    [CENTRAL_PATHS.applicationStatus]: {
      post: lookupOperation(
        'lookupApplicationStatus',
        "The status of a resident's subsidy applications",
        'ApplicationStatusRequest',
        'ApplicationStatusResponse',
        'The last 4 digits of the phone given on the application are a second factor a passer-by lacks.',
      ),
    },
    [CENTRAL_PATHS.serviceRecord]: {
      post: lookupOperation(
        'lookupServiceRecord',
        "A resident's 12333 service record",
        'ServiceRecordRequest',
        'ServiceRecordResponse',
        serviceRecordDescription(),
      ),
    },
  };
  for (const kind of catalogKinds) paths[catalogPath(kind)] = { get: catalogOperation(kind) };

  const header = (name: string, text: string): ApiKeyScheme => ({ type: 'apiKey', in: 'header', name, description: text });
  return {
    openapi: '3.1.0',
    info: { title: 'Shandong employment kiosk – central API', version: '1.0.0', description: description() },
    tags: [
      { name: 'health', description: 'Reachability and clock.' },
      { name: 'upload', description: 'Idempotent batch uploads from the kiosk queue.' },
      { name: 'lookup', description: 'Online lookups a resident asks for at the kiosk.' },
      { name: 'catalog', description: 'Catalog pulls with ETag revalidation.' },
    ],
    security: [SIGNED],
    paths,
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(
        Object.values(errorResponses).map(({ name, description: text, example }) => [
          name,
          { description: text, content: { [JSON_MEDIA]: { schema: schemaRef('CentralErrorBody'), example } } },
        ]),
      ),
      securitySchemes: {
        KioskStation: header(OPENAPI_SIGNATURE_HEADERS.station, 'The station id the central API issued to this kiosk.'),
        KioskTimestamp: header(
          OPENAPI_SIGNATURE_HEADERS.timestamp,
          `The request time in Unix milliseconds (decimal digits). More than ${OPENAPI_REPLAY_WINDOW_MINUTES} minutes from the server clock: 401.`,
        ),
        KioskSignature: header(
          OPENAPI_SIGNATURE_HEADERS.signature,
          'Lowercase hex HMAC-SHA256, keyed by the station secret, over the four lines ' +
            '`METHOD\\npath\\ntimestamp\\nsha256(body)`: the upper-case method, the request path as sent (e.g. /v1/visits/batch, after any path prefix of the base URL), ' +
            `the ${OPENAPI_SIGNATURE_HEADERS.timestamp} value, and the lowercase hex SHA-256 of the body bytes (of the empty string for GET). ` +
            `A signature already seen within ${OPENAPI_REPLAY_WINDOW_MINUTES} minutes is refused as a replay: 401.`,
        ),
      },
    },
  };
}

export function serializeOpenApiDocument(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
