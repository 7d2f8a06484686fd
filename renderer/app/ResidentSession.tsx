import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { StationPublicConfig } from '../../shared/contract/appSchemas.js';
import { IdleWarning } from './IdleWarning.js';
import type { KeyMap } from '../a11y/keypad/keyMap.js';
import type { SpeechEngine } from '../a11y/speech/speechEngine.js';
import { createSpeechQueue } from '../a11y/speech/speechQueue.js';
import { EASY_READ_NS, PLAIN_NS } from '../i18n/i18n.js';
import { kioskApi } from '../kiosk.js';
import { CaptionStrip } from './CaptionStrip.js';
import { NavBar } from './NavBar.js';
import { currentRoute, initialNavigation, navigationReducer, type NavigationAction } from '../session/navigation.js';
import { PrivacyScreen } from './PrivacyScreen.js';
import { renderScreen } from '../screens/renderScreen.js';
import { defaultResidentSettings, speechEnabled, voiceOf } from '../session/residentSettings.js';
import { screenAnnouncement } from './screenAnnouncement.js';
import { useResidentInput } from './useResidentInput.js';
import { SessionContext, type SessionControls } from '../session/sessionContext.js';
import { StatusArea } from './StatusArea.js';
import { useDocumentAppearance } from './useDocumentAppearance.js';
import { useResidentSettings } from '../session/useResidentSettings.js';
import { useVisitModes } from './useVisitModes.js';
import { createVisitTracker } from './visitTracker.js';
import { SCREEN_HEADING_ID } from '../ui/ScreenHeading.js';
import { AssistBanner } from '../staffMode/AssistBanner.js';
import { StaffModeContext } from '../staffMode/staffModeContext.js';
import { staffIdleSeconds } from '../staffMode/staffIdle.js';
import { StaffNavBar } from '../staffMode/StaffNavBar.js';
import { useStaffModeState } from '../staffMode/useStaffModeState.js';
import { announceUnlessLoading } from '../session/useAnnounceWhenLoaded.js';

type ResidentSessionProps = {
  readonly station: StationPublicConfig;
  readonly engine: SpeechEngine;
  readonly keyMap: KeyMap;
  /** Called when the visit has ended; the root then mounts a fresh session (memory and settings cleared). */
  readonly onEnd: () => void;
};

/** One resident's visit: settings, speech, keypad, touch exploration and idle safety around the screens. */
export function ResidentSession({ station, engine, keyMap, onEnd }: ResidentSessionProps) {
  const { t, i18n } = useTranslation();
  const { settings, update, current } = useResidentSettings(useMemo(() => defaultResidentSettings(station), [station]));
  const [navigation, navigate] = useReducer(navigationReducer, initialNavigation);
  const route = currentRoute(navigation);
  const screen = route.screen;
  const memory = useMemo(() => new Map<string, unknown>(), []);
  const [caption, setCaption] = useState<string | null>(null);
  const [engaged, setEngaged] = useState(false);
  const visit = useMemo(() => createVisitTracker(kioskApi()), []);
  const latest = useRef({ t, screen });
  latest.current = { t, screen };
  const staff = useStaffModeState({
    station,
    current,
    update,
    navigate,
    visitId: () => visit.id(),
    endVisit: (outcome) => void visit.end(outcome).then(onEnd),
  });
  // In the staff views Home and Back stay inside staff mode, whether pressed on the keypad or on screen.
  const { intercept } = staff;
  const guardedNavigate = useCallback(
    (action: NavigationAction) => {
      if (!intercept(action)) navigate(action);
    },
    [intercept],
  );

  const speech = useMemo(
    () =>
      createSpeechQueue({
        engine,
        language: () => current().language,
        voice: () => voiceOf(current()),
        enabled: () => speechEnabled(current()),
        onCaption: setCaption,
      }),
    [engine, current],
  );
  useEffect(() => () => speech.stop(), [speech]);

  useEffect(() => {
    if (i18n.language !== settings.language) void i18n.changeLanguage(settings.language);
  }, [i18n, settings.language]);
  useDocumentAppearance(settings);
  useVisitModes(settings, visit);

  // The visit starts at the resident's first action, so an untouched kiosk records nothing.
  useEffect(() => {
    const begin = (): void => {
      visit.begin(current().language, latest.current.screen);
      setEngaged(true);
    };
    window.addEventListener('keydown', begin, { capture: true, once: true });
    window.addEventListener('pointerdown', begin, { capture: true, once: true });
    return () => {
      window.removeEventListener('keydown', begin, { capture: true });
      window.removeEventListener('pointerdown', begin, { capture: true });
    };
  }, [visit, current]);

  const announceScreen = useCallback(() => {
    speech.say(screenAnnouncement(document, latest.current.t, latest.current.screen === 'home'));
  }, [speech]);

  const startAudioMode = useCallback(() => {
    update({ type: 'set', changes: { audioMode: true } });
    if (latest.current.screen === 'home') speech.say([latest.current.t('a11y.welcome'), latest.current.t('a11y.menu')]);
    else announceScreen();
  }, [update, speech, announceScreen]);

  // Entering a screen (or a form question) speaks its title, purpose and how to move; the first render is the idle home.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    visit.screen(route.screen);
    // A screen still waiting for its content announces itself when it arrives (useAnnounceWhenLoaded).
    announceUnlessLoading(announceScreen, (text) => speech.say(text));
  }, [route, visit, announceScreen, speech]);

  const currentT = useCallback(() => latest.current.t, []);
  const currentScreen = useCallback(() => latest.current.screen, []);
  const countTouchExplore = useCallback(() => visit.mode('touch_explore'), [visit]);
  const stopSpeech = useCallback(() => speech.stop(), [speech]);
  const secondsLeft = useResidentInput({
    keyMap,
    doubleStrikeMs: station.doubleStrikeMs,
    speech,
    settings: current,
    update,
    navigate: guardedNavigate,
    t: currentT,
    screen: currentScreen,
    startAudioMode,
    onExplore: countTouchExplore,
    idle: {
      active: engaged,
      // Staff mode times out faster than a resident visit (issue #8).
      timeoutSeconds: staff.phase === 'staff' ? staffIdleSeconds(station.idleTimeoutSeconds) : station.idleTimeoutSeconds,
      // Staff are signed out first, so the host session does not outlive the visit.
      onExpire: () => (staff.phase !== 'resident' ? staff.timeOut() : void visit.end('timed_out').then(onEnd)),
    },
  });

  const controls: SessionControls = useMemo(
    () => ({
      settings,
      update,
      speech,
      navigate: guardedNavigate,
      screen,
      route,
      memory,
      visitId: () => visit.id(),
      announceScreen,
      stationName: station.stationName,
      stationPhone: station.stationPhone,
      callStaff: async () => (await kioskApi().invoke('staff.call', {})).ok,
    }),
    [settings, update, speech, guardedNavigate, screen, route, memory, visit, announceScreen, station.stationName, station.stationPhone],
  );

  return (
    <SessionContext.Provider value={controls}>
      <StaffModeContext.Provider value={staff}>
        <I18nextProvider i18n={i18n} defaultNS={settings.easyRead ? EASY_READ_NS : PLAIN_NS}>
          {/* While the idle warning shows, the screen behind it is hidden: a half-typed name or number must
              not stay readable to the next person at the kiosk (ACCESSIBILITY.md "Privacy"; issue #17). */}
          <div className="kiosk" data-audio-mode={settings.audioMode} data-idle-warning={secondsLeft !== null}>
            <header className="kiosk-header">
              <p>{t('app.title')}</p>
              <StatusArea />
            </header>
            <main className="kiosk-main" aria-labelledby={SCREEN_HEADING_ID} data-screen={screen} data-nav-scope>
              {renderScreen(route)}
            </main>
            <footer className="kiosk-footer">
              <CaptionStrip caption={caption} />
              <AssistBanner />
              {staff.phase === 'staff' ? <StaffNavBar /> : <NavBar />}
            </footer>
            {secondsLeft !== null && <IdleWarning secondsLeft={secondsLeft} onExtend={stopSpeech} />}
            {settings.screenBlanked && <PrivacyScreen onShow={() => update({ type: 'set', changes: { screenBlanked: false } })} />}
          </div>
        </I18nextProvider>
      </StaffModeContext.Provider>
    </SessionContext.Provider>
  );
}
