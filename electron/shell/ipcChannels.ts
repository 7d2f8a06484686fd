// The only two Electron IPC channels; every kiosk channel is multiplexed over the first and validated by the router.
export const IPC_INVOKE_CHANNEL = 'kiosk:invoke';
export const IPC_EVENT_CHANNEL = 'kiosk:event';
