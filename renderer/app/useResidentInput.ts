import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo } from 'react';
import { describeItem } from '../a11y/focus/describeItem.js';
import { focusItem, moveFocus, positionOf } from '../a11y/focus/navigableItems.js';
import { useIdleTimeout } from '../a11y/idle/useIdleTimeout.js';
import { playWarningTone } from '../a11y/idle/warningTone.js';
import { createKeypadCommands } from '../a11y/keypad/keypadCommands.js';
import type { KeyMap } from '../a11y/keypad/keyMap.js';
import { useKeypad } from '../a11y/keypad/useKeypad.js';
import type { SpeechQueue } from '../a11y/speech/speechQueue.js';
import { installTouchExplore } from '../a11y/touch/touchExplore.js';
import type { NavigationAction } from '../session/navigation.js';
import { speechEnabled, voiceOf, type ResidentSettings, type ResidentSettingsAction } from '../session/residentSettings.js';
import { screenPurpose } from './screenAnnouncement.js';

export type ResidentInputDeps = {
  readonly keyMap: KeyMap;
  readonly doubleStrikeMs: number;
  readonly speech: SpeechQueue;
  readonly settings: () => ResidentSettings;
  readonly update: (action: ResidentSettingsAction) => void;
  readonly navigate: (action: NavigationAction) => void;
  /** The translator and screen as they are now (read at the moment of the key, not of the render). */
  readonly t: () => TFunction;
  readonly screen: () => string;
  readonly startAudioMode: () => void;
  /** Touch exploration was used this visit (counted as a mode of the visit). */
  readonly onExplore: () => void;
  readonly idle: {
    /** The visit has started (an untouched kiosk never times out). */
    readonly active: boolean;
    readonly timeoutSeconds: number;
    readonly onExpire: () => void;
  };
};

/**
 * Every way a resident acts on the kiosk, wired in one place. Returns the idle warning's seconds left.
 *
 * - A key: `useKeypad` (the only raw-key listener) filters repeats and double strikes and maps the key
 *   to an action; any accepted key stops speech (EN 301 549 5.1.3.5). `createKeypadCommands` does the
 *   action: moves focus among `[data-nav-item]`s, activates, pages, goes back or home, changes volume
 *   or rate. What gains focus is described by `describeItem` and spoken through the speech queue.
 * - A touch: with speech on, `installTouchExplore` makes a first touch speak what is under the finger
 *   and a double tap activate it (EN 301 549 5.1.3.3); a long press on the idle home starts audio mode.
 * - No action: `useIdleTimeout` warns with a tone and speech, and any key or touch extends the time
 *   (WCAG 2.2.1); when the warning runs out, `idle.onExpire` ends the visit.
 */
export function useResidentInput(deps: ResidentInputDeps): number | null {
  const { keyMap, doubleStrikeMs, speech, settings, update, navigate, t, screen, startAudioMode, onExplore, idle } = deps;
  const onAction = useMemo(
    () =>
      createKeypadCommands({
        document,
        t,
        speech,
        settings,
        update,
        navigate,
        screen,
        startAudioMode,
        screenPurpose: () => screenPurpose(document),
      }),
    [t, speech, settings, update, navigate, screen, startAudioMode],
  );
  const stopSpeech = useCallback(() => speech.stop(), [speech]);
  useKeypad({ keyMap, doubleStrikeMs, onAction, onAnyKey: stopSpeech });

  useEffect(
    () =>
      installTouchExplore(document, {
        exploring: () => speechEnabled(settings()),
        longPressAllowed: () => !settings().audioMode && screen() === 'home',
        onTouch: stopSpeech,
        onLongPress: startAudioMode,
        onExplore(item) {
          onExplore();
          focusItem(item);
          speech.say(describeItem(item, positionOf(document, item), t()));
        },
        onSwipe(direction) {
          const moved = moveFocus(document, direction);
          if (moved !== undefined) speech.say(describeItem(moved.item, moved, t()));
        },
      }),
    [settings, screen, t, stopSpeech, startAudioMode, speech, onExplore],
  );

  return useIdleTimeout({
    active: idle.active,
    timeoutSeconds: idle.timeoutSeconds,
    onWarn() {
      playWarningTone(voiceOf(settings()).volume);
      const tNow = t();
      speech.say([tNow('idle.title'), tNow('idle.message', { seconds: 30 }), tNow('idle.action')]);
    },
    onExpire() {
      speech.stop();
      idle.onExpire();
    },
  });
}
