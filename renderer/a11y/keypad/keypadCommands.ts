import type { TFunction } from 'i18next';
import { digitOf, type KeypadAction } from '../../../shared/keypad/keypadActions.js';
import type { NavigationAction } from '../../session/navigation.js';
import { rateLevels, volumeLevels, type ResidentSettings, type ResidentSettingsAction } from '../../session/residentSettings.js';
import { activate } from '../activate.js';
import { describeItem } from '../focus/describeItem.js';
import { moveFocus, navigableItems, positionOf } from '../focus/navigableItems.js';
import type { SpeechQueue } from '../speech/speechQueue.js';
import { offerToTextEntry, textEntryInputOf } from '../textEntry/textEntryKeys.js';

export type KeypadCommandDeps = {
  readonly document: Document;
  readonly t: () => TFunction;
  readonly speech: SpeechQueue;
  readonly settings: () => ResidentSettings;
  readonly update: (action: ResidentSettingsAction) => void;
  readonly navigate: (action: NavigationAction) => void;
  readonly screen: () => string;
  /** Turns audio mode on and speaks the welcome (from home) or the current screen. */
  readonly startAudioMode: () => void;
  /** What the current screen is for, in one sentence (its purpose paragraph). */
  readonly screenPurpose: () => string;
};

export const NEXT_PAGE_EVENT = 'kiosk:next-page';
/** Confirm with focus on no control (the question heading, a text block): the page's "next", if it has one. */
export const CONFIRM_EVENT = 'kiosk:confirm';

/** What each keypad action does (ADA 707.6, EZ-Access). Returns false when the key did nothing. */
export function createKeypadCommands(deps: KeypadCommandDeps): (action: KeypadAction) => boolean {
  const helpPresses = { screen: '', count: 0 };
  const say = (text: string): void => deps.speech.say(text);

  const speakFocused = (item: HTMLElement): void => {
    say(describeItem(item, positionOf(deps.document, item), deps.t()));
  };

  return (action) => {
    const settings = deps.settings();
    // On the idle screen any keypad key starts audio mode and is not otherwise acted on (EN 301 549 5.2).
    if (!settings.audioMode && !settings.screenReader) {
      deps.startAudioMode();
      return true;
    }
    const t = deps.t();
    if (action !== 'help') helpPresses.count = 0;
    // A text field on screen takes digits, Back, Confirm and Next page first (拼音九宫格, issue #12).
    const textInput = textEntryInputOf(action);
    if (textInput !== undefined && offerToTextEntry(deps.document, textInput)) return true;
    switch (action) {
      case 'up':
      case 'down': {
        const moved = moveFocus(deps.document, action === 'down' ? 1 : -1);
        say(moved === undefined ? t('a11y.nothingToMoveTo') : describeItem(moved.item, moved, t));
        return moved !== undefined;
      }
      case 'select': {
        const focused = deps.document.activeElement;
        const onItem = focused instanceof HTMLElement && navigableItems(deps.document).includes(focused);
        if (onItem && focused.matches('button, a, [role="button"], [role="radio"], [role="checkbox"]')) {
          activate(focused);
          return true;
        }
        // Confirm on a completed answer moves on, as 下一步 would (issue #12: no need to find the button).
        const main = deps.document.querySelector('main');
        if (main !== null && !main.dispatchEvent(new CustomEvent(CONFIRM_EVENT, { cancelable: true }))) return true;
        // Never a silent key (ACCESSIBILITY.md "Keypad"): say the item, or how to choose one.
        if (onItem) speakFocused(focused);
        else say(t('a11y.nothingFocused'));
        return true;
      }
      case 'back':
      case 'home':
        // On the home screen there is nowhere to go: say so rather than stay silent.
        if (deps.screen() === 'home') say(t('a11y.atHome'));
        else deps.navigate({ type: action });
        return true;
      case 'nextPage': {
        const handled = !deps.document.querySelector('main')?.dispatchEvent(new CustomEvent(NEXT_PAGE_EVENT, { cancelable: true }));
        if (!handled) say(t('a11y.noNextPage'));
        return true;
      }
      case 'repeat':
        deps.speech.repeat();
        return true;
      case 'pause':
        deps.speech.togglePause();
        // Speaking would undo the pause: a tone answers the key instead (ACCESSIBILITY.md "Keypad").
        deps.speech.tone(deps.speech.paused() ? 'paused' : 'resumed');
        return true;
      case 'help': {
        // Press once for context help, again for more (ACCESSIBILITY.md, "Keypad").
        if (helpPresses.screen !== deps.screen()) helpPresses.count = 0;
        helpPresses.screen = deps.screen();
        helpPresses.count += 1;
        say(helpPresses.count === 1 ? t('a11y.helpContext', { purpose: deps.screenPurpose() }) : t('a11y.helpMore'));
        return true;
      }
      case 'volumeUp':
      case 'volumeDown': {
        deps.update({ type: 'volume', delta: action === 'volumeUp' ? 1 : -1 });
        say(t('a11y.volume', { level: deps.settings().volumeStep + 1, max: volumeLevels.length }));
        return true;
      }
      case 'rateUp':
      case 'rateDown': {
        deps.update({ type: 'rate', delta: action === 'rateUp' ? 1 : -1 });
        say(t('a11y.rate', { level: deps.settings().rateStep + 1, max: rateLevels.length }));
        return true;
      }
      default: {
        const digit = digitOf(action);
        // On a number-entry question the digit keys type, through the on-screen pad and its spoken echo.
        const padKey = deps.document.querySelector<HTMLElement>(`main [data-numpad-key="${String(digit)}"]`);
        if (padKey !== null) {
          activate(padKey);
          return true;
        }
        const option = deps.document.querySelector<HTMLElement>(`main [data-option-number="${String(digit)}"], [role="alertdialog"] [data-option-number="${String(digit)}"]`);
        if (option === null) {
          say(t('a11y.noOption', { number: digit }));
          return false;
        }
        option.focus();
        activate(option);
        return true;
      }
    }
  };
}
