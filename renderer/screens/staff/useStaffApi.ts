import { useCallback } from 'react';
import type { ChannelInput, ChannelOutput, StaffChannelName } from '../../../shared/contract/channels.js';
import type { KioskResponse } from '../../../shared/contract/kioskApi.js';
import { kioskError } from '../../../shared/errors.js';
import { kioskApi } from '../../kiosk.js';
import { useStaffMode } from '../../staffMode/staffModeContext.js';

/** The channels the contract marks `staff: true`: the host's router checks their token (issue #14). */
type TokenChannel = StaffChannelName;

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
