import { createContext, useContext } from 'react';
import type { ScreenId } from '../../shared/contract/appSchemas.js';
import type { SpeechQueue } from '../a11y/speech/speechQueue.js';
import type { NavigationAction, Route } from './navigation.js';
import type { ResidentSettings, ResidentSettingsAction } from './residentSettings.js';

/** What screens need from the resident session: settings, speech and navigation. */
export type SessionControls = {
  readonly settings: ResidentSettings;
  readonly update: (action: ResidentSettingsAction) => void;
  readonly speech: SpeechQueue;
  readonly navigate: (action: NavigationAction) => void;
  readonly screen: ScreenId;
  readonly route: Route;
  /** Per-visit memory: host answers (useHostQuery) and visit slots (useVisitMemory) are kept against it; a new visit gets a new one. */
  readonly memory: Map<string, unknown>;
  /** The visit id once the visit has started, for submissions and counters. */
  readonly visitId: () => Promise<string | undefined>;
  /** The station's name and phone as staff set them ('' when not set), for receipts. */
  readonly stationName: string;
  readonly stationPhone: string;
  /** Speaks the current screen's title, purpose and how to move (used by screens that load late). */
  readonly announceScreen: () => void;
  /** Raises the staff alert; resolves false when the host could not be reached. */
  readonly callStaff: () => Promise<boolean>;
};

export const SessionContext = createContext<SessionControls | undefined>(undefined);

export function useSession(): SessionControls {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useSession outside ResidentSession');
  return session;
}
