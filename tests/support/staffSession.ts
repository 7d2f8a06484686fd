import type { Router } from '../../electron/router/createRouter.js';

export const TEST_STAFF_PIN = '246813';

/** Signs staff in through the router, setting the first PIN when the kiosk has none; returns the token. */
export async function signInStaff(router: Router, pin = TEST_STAFF_PIN): Promise<string> {
  const status = await router.dispatch('staff.status', {});
  if (status.ok && (status.value as { pinSet: boolean }).pinSet === false) {
    const set = await router.dispatch('staff.setPin', { pin });
    if (!set.ok) throw new Error(`setPin refused: ${set.error.messageKey}`);
    return (set.value as { token: string }).token;
  }
  const signedIn = await router.dispatch('staff.signIn', { pin });
  if (!signedIn.ok || (signedIn.value as { outcome: string }).outcome !== 'signed_in') throw new Error(`sign-in failed: ${JSON.stringify(signedIn)}`);
  return (signedIn.value as { token: string }).token;
}
