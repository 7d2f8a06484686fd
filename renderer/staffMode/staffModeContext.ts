import { createContext, useContext } from 'react';

/** The staff sub-views, all under the one 'staff' screen id. */
export type StaffView = 'dashboard' | 'settings' | 'report' | 'changePin';

/**
 * resident: the resident has the kiosk (staff entry shows the PIN pad);
 * staff: signed in, staff views shown with the station's default appearance;
 * assisting: staff use the resident screens on a resident's behalf (issue #8, assisted session).
 */
export type StaffPhase = 'resident' | 'staff' | 'assisting';

export type StaffModeControls = {
  readonly phase: StaffPhase;
  readonly view: StaffView;
  /** The host's session token while staff are signed in; kept in memory only. */
  readonly token: string | undefined;
  /** Staff stepped in: the resident's settings are put aside and the dashboard opens. */
  signedIn(token: string): void;
  show(view: StaffView): void;
  /** Starts the assisted visit; false when the host refused (the reason is then on screen). */
  assist(): Promise<boolean>;
  /** Ends the assisted visit and gives the resident back their own settings. */
  handBack(): Promise<void>;
  /** Leaves staff mode for a fresh resident visit. */
  exit(): Promise<void>;
  /** The host no longer knows the token (it expired): back to the PIN, resident settings restored. */
  sessionLost(): void;
};

export const StaffModeContext = createContext<StaffModeControls | undefined>(undefined);

export function useStaffMode(): StaffModeControls {
  const staff = useContext(StaffModeContext);
  if (staff === undefined) throw new Error('useStaffMode outside ResidentSession');
  return staff;
}
