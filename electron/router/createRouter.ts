import {
  channels,
  isChannelName,
  isStaffChannel,
  type ChannelName,
  type ChannelOutput,
  type ParsedChannelInput,
  type StaffChannelName,
} from '../../shared/contract/channels.js';
import type { KioskResponse } from '../../shared/contract/kioskApi.js';
import { kioskError, type KioskError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';
import { fieldErrorsFromZod } from '../../shared/zodIssues.js';
import type { Logger } from '../logging/logger.js';
import type { StaffGate } from '../staff/staffGate.js';
import type { StaffSession } from '../staff/staffSessions.js';

type HandlerResult<C extends ChannelName> = Result<ChannelOutput<C>, KioskError> | Promise<Result<ChannelOutput<C>, KioskError>>;

/** A channel open to anyone at the kiosk: it gets the parsed input only. */
export type ResidentChannelHandler<C extends ChannelName> = (input: ParsedChannelInput<C>) => HandlerResult<C>;

/**
 * A channel flagged `staff: true` in the contract: the router has already checked the input's token, so
 * the handler gets the signed-in session (for the audit log's "who") and never checks the token itself.
 */
export type StaffChannelHandler<C extends ChannelName> = (input: ParsedChannelInput<C>, session: StaffSession) => HandlerResult<C>;

export type ChannelHandler<C extends ChannelName> = C extends StaffChannelName ? StaffChannelHandler<C> : ResidentChannelHandler<C>;

export type ChannelHandlers = { readonly [C in ChannelName]: ChannelHandler<C> };

export type Router = {
  /** Never throws and never rejects: every failure becomes a typed KioskError value. */
  dispatch(channel: unknown, payload: unknown): Promise<KioskResponse<unknown>>;
};

export type RouterDeps = {
  readonly logger: Logger;
  /** Checks the token of every `staff: true` channel (issue #14); each check also extends the session's idle time. */
  readonly gate: Pick<StaffGate, 'check'>;
  /**
   * A thrown error that is not a bug but the station PC's disk (full, read-only; issue #17): the code to answer
   * with, and the host raises its staff alert. Nothing already stored is touched: the failed write rolled back.
   */
  readonly storageFailureOf?: (thrown: unknown) => 'storage_full' | 'storage_read_only' | undefined;
};

/** The token a staff channel's parsed input carries; the contract's types guarantee it for flagged channels. */
function tokenOf(input: unknown): string | undefined {
  return typeof input === 'object' && input !== null && 'token' in input && typeof input.token === 'string' ? input.token : undefined;
}

// Both shells mount this one router, so the e2e tests through the browser shell exercise
// exactly the handlers the Electron shell runs (DESIGN.md, "The router").
export function createRouter(handlers: ChannelHandlers, deps: RouterDeps): Router {
  const { logger, gate } = deps;

  // Order: parse, then the staff check, then the handler. Parsing first keeps a malformed payload an
  // `invalid_input` on every channel (tests/unit/router/malformedPayloads.test.ts); checking before the
  // handler means no staff handler can run, or forget the check, without a current session. The check
  // runs exactly once per call, as the handlers' own check did, so the idle time is extended once.
  function run<C extends ChannelName>(channel: C, input: ParsedChannelInput<C>): HandlerResult<C> {
    // The casts pick the half of ChannelHandler<C> that isStaffChannel decided; TypeScript cannot narrow
    // a conditional type over a generic channel, but ChannelHandlers has checked each handler's shape.
    if (!isStaffChannel(channel)) return (handlers[channel] as ResidentChannelHandler<C>)(input);
    const token = tokenOf(input);
    // A missing token cannot pass the flagged channel's schema; refusing it anyway keeps the gate fail-closed.
    const session = token === undefined ? err(kioskError('forbidden')) : gate.check(token);
    if (!session.ok) return session;
    return (handlers[channel] as StaffChannelHandler<C>)(input, session.value);
  }

  async function dispatchKnown<C extends ChannelName>(channel: C, payload: unknown): Promise<KioskResponse<unknown>> {
    const definition = channels[channel];
    const input = definition.input.safeParse(payload);
    if (!input.success) {
      // Payload content is never logged: it may hold personal data.
      logger.warn('router.invalid_input', { channel, issues: input.error.issues.length });
      return err(kioskError('invalid_input', fieldErrorsFromZod(input.error, payload)));
    }
    let result: Result<ChannelOutput<C>, KioskError>;
    try {
      result = await run(channel, input.data as ParsedChannelInput<C>);
    } catch (thrown) {
      const storage = deps.storageFailureOf?.(thrown);
      if (storage !== undefined) {
        logger.error('router.storage_failed', { channel, failure: storage });
        return err(kioskError(storage));
      }
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
