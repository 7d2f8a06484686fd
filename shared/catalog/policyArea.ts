import { z } from 'zod';
import { LocalizedTextSchema } from './localizedText.js';

/**
 * Where a policy applies (issue #13): the whole province, or one city. A city's own policy is offered only
 * at that city's stations, and only to residents who live there; a station elsewhere never shows it.
 */
export const PolicyAreaSchema = z.discriminatedUnion('level', [
  z.strictObject({ level: z.literal('province'), name: LocalizedTextSchema }),
  z.strictObject({
    level: z.literal('city'),
    /** The first four digits of the city's district codes (GB/T 2260), e.g. 3717 for 菏泽市. */
    cityCode: z.string().regex(/^37\d{2}$/),
    name: LocalizedTextSchema,
  }),
]);
export type PolicyArea = z.infer<typeof PolicyAreaSchema>;

/** The city part of a 6-digit district code. */
export function cityCodeOf(districtCode: string): string {
  return districtCode.slice(0, 4);
}

/** Whether a station in this district offers a policy of this area. */
export function appliesAtStation(area: PolicyArea, stationDistrictCode: string): boolean {
  return area.level === 'province' || area.cityCode === cityCodeOf(stationDistrictCode);
}
