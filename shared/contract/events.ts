import { z } from 'zod';
import { HostStatusSchema } from './appSchemas.js';

// Host → renderer events travel on one stream: webContents.send in Electron, SSE in the browser shell.
export const KioskEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status'), status: HostStatusSchema }),
]);
export type KioskEvent = z.infer<typeof KioskEventSchema>;
