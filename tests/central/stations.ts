import { z } from 'zod';

/** Short enough that "SD-<station>-<8 digits>" stays within the contract's 64-character references. */
export const StationIdSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'letters, digits, "_", "." or "-", at most 40');

export const StationsSchema = z
  .record(StationIdSchema, z.string().min(8, 'a station secret needs at least 8 characters'))
  .refine((stations) => Object.keys(stations).length > 0, { message: 'at least one station is needed' });

/**
 * The secret of a configured station. A Map, not the record itself: a station id such as "constructor"
 * must not find an inherited property and be taken for a secret.
 */
export function secretLookup(stations: Readonly<Record<string, string>>): (stationId: string) => string | undefined {
  const secrets = new Map(Object.entries(StationsSchema.parse(stations)));
  return (stationId) => secrets.get(stationId);
}
