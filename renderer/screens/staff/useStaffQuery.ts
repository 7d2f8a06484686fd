import type { ChannelInput, ChannelOutput, StaffChannelName } from '../../../shared/contract/channels.js';
import { queryKey, type HostQuery } from '../../host/hostQuery.js';
import { useHostAnswer } from '../../host/useHostAnswer.js';
import { useStaffApi } from './useStaffApi.js';

/**
 * A staff read (issue #14): the host layer's query, asked through the staff API so the session's token goes
 * with it (and a lost session closes staff mode). Nothing is cached: staff data is asked afresh each time a
 * view opens and goes with it, so nothing read in one staff session is shown after sign-out. The token is not
 * part of the key; staff views are only mounted while one token is held.
 */
export function useStaffQuery<C extends StaffChannelName>(channel: C, input: Omit<ChannelInput<C>, 'token'>): HostQuery<ChannelOutput<C>> {
  const call = useStaffApi();
  return useHostAnswer(queryKey(channel, input), () => call(channel, input));
}
