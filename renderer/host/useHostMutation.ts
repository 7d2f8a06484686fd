import { useCallback, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.js';
import type { KioskResponse } from '../../shared/contract/kioskApi.js';
import { kioskApi } from '../kiosk.js';

export type HostMutation<C extends ChannelName> = {
  /** The host's typed answer, or undefined when the same action was already on its way (nothing was sent). */
  readonly send: (input: ChannelInput<C>) => Promise<KioskResponse<ChannelOutput<C>> | undefined>;
  /** True while the action is on its way: a submit button shows it (aria-busy). */
  readonly busy: boolean;
};

/**
 * One way for a screen to change something on the host (issue #14): a submission, a sign-in, a request. While
 * one send is on its way, another is refused here, so a double press (or a keypad double strike the filter let
 * through) cannot store the same thing twice. A ref, not only state: two presses in one frame both see the
 * state from before the first.
 */
export function useHostMutation<C extends ChannelName>(channel: C): HostMutation<C> {
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const send = useCallback(
    async (input: ChannelInput<C>): Promise<KioskResponse<ChannelOutput<C>> | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setBusy(true);
      try {
        return await kioskApi().invoke(channel, input);
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [channel],
  );
  return { send, busy };
}
