import { z } from 'zod';
import { KioskErrorSchema, kioskError, type KioskError } from '../errors.js';
import type { Result } from '../result.js';
import type { ChannelInput, ChannelName, ChannelOutput } from './channels.js';
import { KioskEventSchema, type KioskEvent } from './events.js';

export type KioskResponse<T> = Result<T, KioskError>;

/** `window.kiosk`: the only thing the renderer knows about the host. Both shells build it with createKioskApi. */
export type KioskApi = {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<KioskResponse<ChannelOutput<C>>>;
  /** Subscribes to host events; returns the unsubscribe function. */
  onEvent(listener: (event: KioskEvent) => void): () => void;
};

/** How a shell moves calls and events; the raw values are validated here before the renderer sees them. */
export type KioskTransport = {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(listener: (event: unknown) => void): () => void;
};

export const ResponseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: KioskErrorSchema }),
]);

export function createKioskApi(transport: KioskTransport): KioskApi {
  return {
    async invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
      let raw: unknown;
      try {
        raw = await transport.invoke(channel, input);
      } catch {
        // The host process is gone or restarting: an expected failure the UI explains.
        return { ok: false, error: kioskError('unavailable') };
      }
      const envelope = ResponseEnvelopeSchema.safeParse(raw);
      if (!envelope.success) {
        return { ok: false, error: kioskError('invalid_output') };
      }
      // The router validated `value` against the channel's output schema before sending it.
      return envelope.data as KioskResponse<ChannelOutput<C>>;
    },
    onEvent(listener) {
      return transport.subscribe((raw) => {
        const event = KioskEventSchema.safeParse(raw);
        if (event.success) {
          listener(event.data);
        }
      });
    },
  };
}
