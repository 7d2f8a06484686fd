import { z } from 'zod';

// What can go wrong between a station and the central API, on demand: tests and pilots use these to
// prove the forwarder survives slow, failing, lying and vanishing servers without losing or doubling data.

const RateSchema = z.number().min(0).max(1);

export const FaultConfigSchema = z
  .strictObject({
    /** Random delay [min, max] in ms before answering (after processing); [0, 0] is none. */
    latencyMs: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).readonly(),
    /** Answer 500 internal_error without processing (nothing stored). */
    errorRate: RateSchema,
    /** Process and commit, then never answer: the socket stays open until the client gives up or close(). */
    timeoutRate: RateSchema,
    /** Process and commit, then answer 200 with a broken body (invalid JSON, or JSON of the wrong shape). */
    malformedRate: RateSchema,
    /** Every request is answered 401, nothing processed (a revoked or mistyped station secret). */
    unauthorized: z.boolean(),
    /** Read the whole body, process and commit, then destroy the socket without any response. */
    dropAfterBodyRate: RateSchema,
  })
  .refine((config) => config.latencyMs[0] <= config.latencyMs[1], { message: 'latency minimum above maximum', path: ['latencyMs'] })
  // One draw picks at most one fault, so the rates share one unit interval.
  .refine((config) => config.errorRate + config.timeoutRate + config.malformedRate + config.dropAfterBodyRate <= 1, {
    message: 'the fault rates add up to more than 1',
  });
export type FaultConfig = z.infer<typeof FaultConfigSchema>;

export const NO_FAULTS: FaultConfig = {
  latencyMs: [0, 0],
  errorRate: 0,
  timeoutRate: 0,
  malformedRate: 0,
  unauthorized: false,
  dropAfterBodyRate: 0,
};

/** Fills unspecified fields with "no fault". A config out of range is a bug in the caller, so this throws. */
export function resolveFaults(partial: Partial<FaultConfig>): FaultConfig {
  return FaultConfigSchema.parse({ ...NO_FAULTS, ...partial });
}

export type FaultKind = 'none' | 'error' | 'timeout' | 'malformed' | 'drop';

/**
 * Picks at most one fault from a single draw, the rates laid end to end on [0, 1), so a seeded
 * `random` replays the same sequence of faults. `unauthorized` needs no draw: it applies to every request.
 */
export function pickFault(config: FaultConfig, random: () => number): FaultKind {
  const draw = random();
  const bands: readonly (readonly [FaultKind, number])[] = [
    ['error', config.errorRate],
    ['timeout', config.timeoutRate],
    ['malformed', config.malformedRate],
    ['drop', config.dropAfterBodyRate],
  ];
  let upper = 0;
  for (const [kind, rate] of bands) {
    upper += rate;
    if (draw < upper) return kind;
  }
  return 'none';
}

/** The delay for one answer; no draw is spent when the range is a single value. */
export function pickLatencyMs(config: FaultConfig, random: () => number): number {
  const [min, max] = config.latencyMs;
  return min === max ? min : min + Math.floor(random() * (max - min + 1));
}
