export type SyncAlert = 'unauthorized';

export type ConnectivityState = { readonly online: boolean | null; readonly alert: SyncAlert | null };

export type Connectivity = {
  state(): ConnectivityState;
  /** After each exchange with the central API: true when it answered usefully, false when it did not. */
  reachable(online: boolean): void;
  /** Not provisioned yet: nothing is claimed about the network. */
  unknown(): void;
  raise(alert: SyncAlert): void;
  clearAlert(): void;
};

/** The one place the forwarder and the catalog refresher record what the status area shows. */
export function createConnectivity(onChange: (state: ConnectivityState) => void): Connectivity {
  let current: ConnectivityState = { online: null, alert: null };
  const update = (next: ConnectivityState): void => {
    if (next.online === current.online && next.alert === current.alert) return;
    current = next;
    onChange(current);
  };
  return {
    state: () => current,
    reachable: (online) => update({ ...current, online }),
    unknown: () => update({ ...current, online: null }),
    raise: (alert) => update({ ...current, alert }),
    clearAlert: () => update({ ...current, alert: null }),
  };
}
