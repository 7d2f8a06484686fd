import { useCallback } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import type { KioskResponse } from '../../../shared/contract/kioskApi.js';
import { kioskError } from '../../../shared/errors.js';
import { kioskApi } from '../../kiosk.js';
import { useStaffMode } from './staffModeContext.js';

/** The staff channels that carry the session token. */
type TokenChannel = { [C in ChannelName]: ChannelInput<C> extends { token: string } ? C : never }[ChannelName];

/**
 * Calls a staff channel with the session's token. A `forbidden` answer means the host session ended
 * (it expired, or staff signed in elsewhere): staff mode closes and the PIN pad comes back.
 */
export function useStaffApi(): <C extends TokenChannel>(channel: C, input: Omit<ChannelInput<C>, 'token'>) => Promise<KioskResponse<ChannelOutput<C>>> {
  const { token, sessionLost } = useStaffMode();
  return useCallback(
    async <C extends TokenChannel>(channel: C, input: Omit<ChannelInput<C>, 'token'>): Promise<KioskResponse<ChannelOutput<C>>> => {
      if (token === undefined) return { ok: false, error: kioskError('forbidden') };
      const answer = await kioskApi().invoke(channel, { ...input, token } as ChannelInput<C>);
      if (!answer.ok && answer.error.code === 'forbidden') sessionLost();
      return answer;
    },
    [token, sessionLost],
  );
}
