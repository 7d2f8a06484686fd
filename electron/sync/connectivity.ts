export type SyncAlert = 'unauthorized' | 'clock_skew';

export type ConnectivityState = {
  readonly online: boolean | null;
  readonly alert: SyncAlert | null;
  /** With the clock_skew alert: this kiosk's clock minus the central API's, in ms, as the server saw it. */
  readonly clockOffsetMs: number | null;
};

export type Connectivity = {
  state(): ConnectivityState;
  /** After each exchange with the central API: true when it answered usefully, false when it did not. */
  reachable(online: boolean): void;
  /** Not provisioned yet: nothing is claimed about the network. */
  unknown(): void;
  raise(alert: 'unauthorized'): void;
  /** The central API refused a request's timestamp: its clock and ours differ by more than the replay window. */
  clockSkew(offsetMs: number): void;
  clearAlert(): void;
};

/** The one place the forwarder and the catalog refresher record what the status area shows. */
export function createConnectivity(onChange: (state: ConnectivityState) => void): Connectivity {
  let current: ConnectivityState = { online: null, alert: null, clockOffsetMs: null };
  const update = (next: ConnectivityState): void => {
    if (next.online === current.online && next.alert === current.alert && next.clockOffsetMs === current.clockOffsetMs) return;
    current = next;
    onChange(current);
  };
  return {
    state: () => current,
    // A useful answer means the clock is within the window again (staff fixed it): that alert clears by itself.
    reachable: (online) =>
      update(online && current.alert === 'clock_skew' ? { online, alert: null, clockOffsetMs: null } : { ...current, online }),
    unknown: () => update({ ...current, online: null }),
    raise: (alert) => update({ ...current, alert, clockOffsetMs: null }),
    // The central API answered, so it is reachable; an unauthorized alert is the graver one and stays.
    clockSkew: (offsetMs) => update(current.alert === 'unauthorized' ? { ...current, online: true } : { online: true, alert: 'clock_skew', clockOffsetMs: offsetMs }),
    clearAlert: () => update({ ...current, alert: null, clockOffsetMs: null }),
  };
}
