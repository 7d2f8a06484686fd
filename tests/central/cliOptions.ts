import { parseArgs } from 'node:util';
import { z } from 'zod';
import { err, ok, type Result } from '../../shared/result.js';
import { FaultConfigSchema, type FaultConfig } from './faultConfig.js';
import { StationIdSchema } from './stations.js';

export const DEFAULT_PORT = 47900;
const DEMO_STATION_ID = 'demo-station';
const DEMO_SECRET = 'demo-secret-change-me';
export const DEFAULT_STATION = `${DEMO_STATION_ID}:${DEMO_SECRET}`;

export const USAGE = `Usage: npm run central -- [options]

The reference central API server for tests and pilots (plain HTTP on 127.0.0.1).

  --port N              port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --db FILE             the server's SQLite file (default: kiosk-central-reference.db in the temp dir)
  --station ID:SECRET   a station and its shared secret; repeatable
                        (default ${DEFAULT_STATION})
  --latency MIN-MAX     random delay in ms before each answer, e.g. 50-300 (or one number)
  --error-rate R        share of requests answered 500 without processing (0..1)
  --timeout-rate R      share processed but never answered (0..1)
  --malformed-rate R    share processed and answered 200 with a broken body (0..1)
  --drop-rate R         share processed, then the connection is cut without an answer (0..1)
  --unauthorized        answer every request 401 (a revoked station)
  -h, --help            show this help

The four rates share one draw per request, so they may add up to at most 1.`;

export type CliOptions = {
  readonly port: number;
  readonly dbPath: string;
  readonly stations: Readonly<Record<string, string>>;
  readonly faults: FaultConfig;
};
export type CliCommand = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: CliOptions };

const RateFlagSchema = z
  .string()
  .regex(/^\d*\.?\d+$/, 'must be a number from 0 to 1')
  .transform(Number)
  .pipe(z.number().max(1, 'must be a number from 0 to 1'))
  .optional();

const StationFlagSchema = z
  .string()
  .regex(/^[^:]+:.+$/, 'must look like ID:SECRET')
  .transform((text) => {
    const colon = text.indexOf(':');
    return [text.slice(0, colon), text.slice(colon + 1)] as const;
  })
  .pipe(z.tuple([StationIdSchema, z.string().min(8, 'a station secret needs at least 8 characters')]));

const FlagsSchema = z.strictObject({
  port: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a port number')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be at most 65535'))
    .default(DEFAULT_PORT),
  db: z.string().min(1, 'needs a file name').optional(),
  station: z
    .array(StationFlagSchema)
    .default((): [string, string][] => [[DEMO_STATION_ID, DEMO_SECRET]])
    .refine((pairs) => new Set(pairs.map(([id]) => id)).size === pairs.length, 'the same station id was given twice'),
  latency: z
    .string()
    .regex(/^\d{1,6}(-\d{1,6})?$/, 'must look like 50-300 (milliseconds) or a single number')
    .transform((text): readonly [number, number] => {
      const [min = '0', max = min] = text.split('-');
      return [Number(min), Number(max)];
    })
    .optional(),
  'error-rate': RateFlagSchema,
  'timeout-rate': RateFlagSchema,
  'malformed-rate': RateFlagSchema,
  'drop-rate': RateFlagSchema,
  unauthorized: z.boolean().optional(),
  help: z.boolean().optional(),
});

/** The flag behind each fault field, so a message names what the user typed. */
const flagOfFault: Readonly<Record<string, string>> = {
  latencyMs: 'latency',
  errorRate: 'error-rate',
  timeoutRate: 'timeout-rate',
  malformedRate: 'malformed-rate',
  unauthorized: 'unauthorized',
  dropAfterBodyRate: 'drop-rate',
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path[0];
      const flag = typeof field === 'string' ? (flagOfFault[field] ?? field) : undefined;
      return flag === undefined ? issue.message : `--${flag}: ${issue.message}`;
    })
    .join('\n');
}

function readFlags(argv: readonly string[]): Result<unknown, string> {
  try {
    return ok(
      parseArgs({
        args: [...argv],
        strict: true,
        allowPositionals: false,
        options: {
          port: { type: 'string' },
          db: { type: 'string' },
          station: { type: 'string', multiple: true },
          latency: { type: 'string' },
          'error-rate': { type: 'string' },
          'timeout-rate': { type: 'string' },
          'malformed-rate': { type: 'string' },
          'drop-rate': { type: 'string' },
          unauthorized: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }).values,
    );
  } catch (thrown) {
    // parseArgs reports bad flags by throwing; here they are an expected user error.
    return err(thrown instanceof Error ? thrown.message : 'the flags could not be read');
  }
}

/** Flags → options, or a message naming the bad flag. Never echoes a secret back. */
export function parseCliArgs(argv: readonly string[], defaultDbPath: string): Result<CliCommand, string> {
  const values = readFlags(argv);
  if (!values.ok) return values;
  const flags = FlagsSchema.safeParse(values.value);
  if (!flags.success) return err(describeIssues(flags.error));
  if (flags.data.help === true) return ok({ kind: 'help' });
  const faults = FaultConfigSchema.safeParse({
    latencyMs: flags.data.latency ?? [0, 0],
    errorRate: flags.data['error-rate'] ?? 0,
    timeoutRate: flags.data['timeout-rate'] ?? 0,
    malformedRate: flags.data['malformed-rate'] ?? 0,
    unauthorized: flags.data.unauthorized ?? false,
    dropAfterBodyRate: flags.data['drop-rate'] ?? 0,
  });
  if (!faults.success) return err(describeIssues(faults.error));
  return ok({
    kind: 'run',
    options: {
      port: flags.data.port,
      dbPath: flags.data.db ?? defaultDbPath,
      stations: Object.fromEntries(flags.data.station),
      faults: faults.data,
    },
  });
}
