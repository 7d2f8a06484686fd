import { z } from 'zod';
import { HostStatusSchema, StationPublicConfigSchema } from './appSchemas.js';

// Host → renderer events travel on one stream: webContents.send in Electron, SSE in the browser shell.
export const KioskEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status'), status: HostStatusSchema }),
  z.strictObject({ type: z.literal('staffCalled'), calledAt: z.iso.datetime({ offset: true }) }),
  /** Staff saved the station settings: they apply at once, without a restart (issue #8). */
  z.strictObject({ type: z.literal('station'), station: StationPublicConfigSchema }),
]);
export type KioskEvent = z.infer<typeof KioskEventSchema>;
