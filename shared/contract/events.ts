import { z } from 'zod';
import { HostStatusSchema } from './appSchemas.js';

// Host → renderer events travel on one stream: webContents.send in Electron, SSE in the browser shell.
export const KioskEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status'), status: HostStatusSchema }),
  z.strictObject({ type: z.literal('staffCalled'), calledAt: z.iso.datetime({ offset: true }) }),
]);
export type KioskEvent = z.infer<typeof KioskEventSchema>;
