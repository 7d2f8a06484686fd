import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StationPublicConfig } from '../../shared/contract/appSchemas.js';
import type { NavigationAction } from '../session/navigation.js';
import { defaultResidentSettings, type ResidentSettings, type ResidentSettingsAction } from '../session/residentSettings.js';
import { kioskApi } from '../kiosk.js';
import type { StaffModeControls, StaffPhase, StaffView } from './staffModeContext.js';

export type StaffModeState = StaffModeControls & {
  /** In staff views Home and Back stay inside staff mode; true when the action was handled here. */
  intercept(action: NavigationAction): boolean;
  /** Staff mode or an assisted visit idled out: signed out, and the visit ends. */
  timeOut(): void;
};

type Deps = {
  readonly station: StationPublicConfig;
  readonly current: () => ResidentSettings;
  readonly update: (action: ResidentSettingsAction) => void;
  readonly navigate: (action: NavigationAction) => void;
  readonly visitId: () => Promise<string | undefined>;
  /** Ends the visit; the root then mounts a fresh one (ACCESSIBILITY.md, "Time"). */
  readonly endVisit: (outcome: 'completed' | 'timed_out') => void;
};

/**
 * Staff mode inside one resident session (issue #8). Like a poll worker stepping in (vxsuite), staff
 * signing in puts the resident's accessibility settings aside and shows the staff views in the station's
 * default appearance; handing back restores them exactly, volume and rate included.
 */
export function useStaffModeState(deps: Deps): StaffModeState {
  const [phase, setPhaseState] = useState<StaffPhase>('resident');
  const [view, setViewState] = useState<StaffView>('dashboard');
  const [token, setTokenState] = useState<string | undefined>(undefined);
  const phaseRef = useRef<StaffPhase>('resident');
  const tokenRef = useRef<string | undefined>(undefined);
  const saved = useRef<ResidentSettings | undefined>(undefined);
  const latest = useRef(deps);
  latest.current = deps;

  const setPhase = useCallback((next: StaffPhase) => {
    phaseRef.current = next;
    setPhaseState(next);
  }, []);
  const show = useCallback((next: StaffView) => setViewState(next), []);
  const setToken = useCallback((next: string | undefined) => {
    tokenRef.current = next;
    setTokenState(next);
  }, []);

  const signOut = useCallback((reason: 'exit' | 'timed_out' | 'handed_back'): Promise<unknown> => {
    const current = tokenRef.current;
    setToken(undefined);
    return current === undefined ? Promise.resolve() : kioskApi().invoke('staff.signOut', { token: current, reason });
  }, [setToken]);

  const restoreResident = useCallback(() => {
    if (saved.current !== undefined) latest.current.update({ type: 'reset', defaults: saved.current });
    saved.current = undefined;
    setPhase('resident');
    show('dashboard');
  }, [setPhase, show]);

  const signedIn = useCallback((newToken: string) => {
    // Staff may sign in again during an assisted visit: the resident's own settings are already put aside.
    if (phaseRef.current === 'resident') {
      saved.current = latest.current.current();
      latest.current.update({ type: 'reset', defaults: defaultResidentSettings(latest.current.station) });
    }
    setToken(newToken);
    show('dashboard');
    setPhase('staff');
  }, [setPhase, setToken, show]);

  const sessionLost = useCallback(() => {
    setToken(undefined);
    restoreResident();
  }, [restoreResident, setToken]);

  const assist = useCallback(async (): Promise<boolean> => {
    const current = tokenRef.current;
    const visitId = await latest.current.visitId();
    if (current === undefined || visitId === undefined) return false;
    const started = await kioskApi().invoke('staff.assist', { token: current, visitId });
    if (!started.ok) {
      if (started.error.code === 'forbidden') sessionLost();
      return false;
    }
    setPhase('assisting');
    latest.current.navigate({ type: 'home' });
    return true;
  }, [sessionLost, setPhase]);

  const handBack = useCallback(async () => {
    await signOut('handed_back');
    restoreResident();
  }, [signOut, restoreResident]);

  const exit = useCallback(async () => {
    await signOut('exit');
    latest.current.endVisit('completed');
  }, [signOut]);

  const timeOut = useCallback(() => {
    void signOut('timed_out').then(() => latest.current.endVisit('timed_out'));
  }, [signOut]);

  const intercept = useCallback((action: NavigationAction): boolean => {
    if (phaseRef.current !== 'staff') return false;
    // Home is the dashboard; Back returns there from the other staff views and does nothing on it.
    if (action.type === 'home' || action.type === 'back') show('dashboard');
    return true;
  }, [show]);

  // A saved change of the station's defaults shows at once in the staff views, which use them.
  useEffect(() => {
    if (phaseRef.current === 'staff') latest.current.update({ type: 'reset', defaults: defaultResidentSettings(deps.station) });
  }, [deps.station]);

  return useMemo(
    () => ({ phase, view, token, signedIn, show, assist, handBack, exit, sessionLost, intercept, timeOut }),
    [phase, view, token, signedIn, show, assist, handBack, exit, sessionLost, intercept, timeOut],
  );
}
