import {
  channels,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ParsedChannelInput,
} from '../../shared/contract/channels.js';
import type { KioskResponse } from '../../shared/contract/kioskApi.js';
import { kioskError, type KioskError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';
import { fieldErrorsFromZod } from '../../shared/zodIssues.js';
import type { Logger } from '../services/logger.js';

export type ChannelHandler<C extends ChannelName> = (
  input: ParsedChannelInput<C>,
) => Result<ChannelOutput<C>, KioskError> | Promise<Result<ChannelOutput<C>, KioskError>>;

export type ChannelHandlers = { readonly [C in ChannelName]: ChannelHandler<C> };

export type Router = {
  /** Never throws and never rejects: every failure becomes a typed KioskError value. */
  dispatch(channel: unknown, payload: unknown): Promise<KioskResponse<unknown>>;
};

// Both shells mount this one router, so the e2e tests through the browser shell exercise
// exactly the handlers the Electron shell runs (DESIGN.md, "The router").
export function createRouter(handlers: ChannelHandlers, logger: Logger): Router {
  async function dispatchKnown<C extends ChannelName>(channel: C, payload: unknown): Promise<KioskResponse<unknown>> {
    const definition = channels[channel];
    const input = definition.input.safeParse(payload);
    if (!input.success) {
      // Payload content is never logged: it may hold personal data.
      logger.warn('router.invalid_input', { channel, issues: input.error.issues.length });
      return err(kioskError('invalid_input', fieldErrorsFromZod(input.error, payload)));
    }
    const handler = handlers[channel] as ChannelHandler<C>;
    let result: Result<ChannelOutput<C>, KioskError>;
    try {
      result = await handler(input.data as ParsedChannelInput<C>);
    } catch (thrown) {
      // A thrown error is a bug; the caller still gets a typed answer and the process stays up.
      logger.error('router.handler_threw', { channel, error: describeThrown(thrown) });
      return err(kioskError('internal'));
    }
    if (!result.ok) {
      return result;
    }
    const output = definition.output.safeParse(result.value);
    if (!output.success) {
      logger.error('router.invalid_output', { channel, issues: output.error.issues.map((i) => i.path.join('.')) });
      return err(kioskError('invalid_output'));
    }
    return { ok: true, value: output.data };
  }

  return {
    async dispatch(channel, payload) {
      if (!isChannelName(channel)) {
        logger.warn('router.unknown_channel', { channel: typeof channel === 'string' ? channel.slice(0, 64) : typeof channel });
        return err(kioskError('unknown_channel'));
      }
      return dispatchKnown(channel, payload);
    },
  };
}

function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : typeof thrown;
}
