import type { Page } from 'playwright-core';
import { defaultKeyBindings, type KeypadAction } from '../../../shared/keypad/keypadActions.js';
import { keysOfLetters } from '../../../shared/textEntry/phoneKeys.js';
import type { KioskSession } from './kioskSession.js';

/**
 * A blind resident's only input: the keys of the tactile keypad (shared/keypad/keypadActions.ts, default
 * bindings). The harness never hands out the page, so a test written with it cannot fill, type, click or
 * touch; the page itself counts pointer, touch and text-insertion events, and `assertKeypadOnly` fails on
 * any. Every press must be answered by speech or a tone (ACCESSIBILITY.md "Keypad"): a silent key fails
 * the press at once, naming the screen and the key.
 */
export type KeypadHarness = {
  press(action: KeypadAction): Promise<void>;
  pressDigits(digits: string): Promise<void>;
  /** Presses Down until the focused item's text matches, then Confirm (as a resident listening would). */
  choose(label: string | RegExp): Promise<void>;
  /** Spells a name by 拼音九宫格, choosing each syllable and character from what was spoken. */
  spell(text: string, syllables: readonly string[]): Promise<void>;
  screen(): Promise<string>;
  waitForScreen(screen: string): Promise<void>;
  waitForHeading(text: string | RegExp): Promise<void>;
  /** Everything spoken so far, one sentence a line. */
  transcript(): Promise<string[]>;
  /** Text shown on the screen (reading it is allowed: it checks the screen agrees with the speech). */
  text(testId: string): Promise<string>;
  presses(): number;
  spokenCharacters(): Promise<number>;
  assertKeypadOnly(): Promise<void>;
};

// What a finger, a mouse or a keyboard's typing makes; keypad keys make none of them (their keydown is
// taken by the key map, so no text is inserted). Programmatic clicks from Confirm are not counted.
const FORBIDDEN_EVENTS = ['pointerdown', 'mousedown', 'touchstart', 'beforeinput'];

type Heard = { readonly utterances: number; readonly tones: number };

async function heard(page: Page): Promise<Heard> {
  return page.evaluate(() => ({
    utterances: window.__kioskSpeechRecording?.transcript.length ?? 0,
    tones: window.__kioskSpeechRecording?.tones.length ?? 0,
  }));
}

export async function keypadHarness(kiosk: KioskSession): Promise<KeypadHarness> {
  const page = await kiosk.openHome();
  await page.evaluate((events) => {
    const counts: Record<string, number> = {};
    (window as unknown as { __nonKeypadInput: Record<string, number> }).__nonKeypadInput = counts;
    for (const type of events) {
      window.addEventListener(type, () => {
        counts[type] = (counts[type] ?? 0) + 1;
      }, { capture: true });
    }
  }, FORBIDDEN_EVENTS);
  let presses = 0;

  const press = async (action: KeypadAction): Promise<void> => {
    const key = defaultKeyBindings[action][0];
    if (key === undefined) throw new Error(`no key bound to ${action}`);
    const before = await heard(page);
    await page.keyboard.press(key);
    presses += 1;
    // Answered within the double-strike window the next press must wait out anyway (150 ms default).
    await page.waitForFunction(
      (previous) => (window.__kioskSpeechRecording?.transcript.length ?? 0) > previous.utterances || (window.__kioskSpeechRecording?.tones.length ?? 0) > previous.tones,
      before,
      { timeout: 3_000 },
    ).catch(async () => {
      const screen = await page.evaluate(() => `${document.querySelector('main')?.getAttribute('data-screen') ?? ''} "${document.querySelector('main h1')?.textContent ?? ''}"`);
      const lastSaid = (await kiosk.transcript()).slice(-3).join(' / ');
      throw new Error(`key ${action} (${key}) on screen ${screen} was answered by neither speech nor a tone; last said: ${lastSaid}`);
    });
    await page.waitForTimeout(200);
  };

  const transcript = async (): Promise<string[]> => kiosk.transcript();

  /** The number the candidate list spoken since `from` gives an item ("1，zhang 张" / "2，张，弓长张"), or 0 to page on. */
  const spokenNumberOf = async (item: string, kind: 'syllable' | 'character', from: number): Promise<number> => {
    const spoken = (await transcript()).slice(from).join('\n');
    const after = kind === 'syllable' ? ' ' : '(?:[，；。\\n]|$)';
    const match = new RegExp(`(\\d)，${item}${after}`, 'm').exec(spoken);
    return match === null ? 0 : Number(match[1]);
  };

  const harness: KeypadHarness = {
    press,
    async pressDigits(digits) {
      for (const digit of digits) await press(`digit${digit}` as KeypadAction);
    },
    async choose(label) {
      for (let i = 0; i < 60; i += 1) {
        await press('down');
        const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (typeof label === 'string' ? focused === label : label.test(focused)) {
          await press('select');
          return;
        }
      }
      throw new Error(`no item "${String(label)}" reached by keypad`);
    },
    async spell(text, syllables) {
      const characters = Array.from(text);
      for (const [index, character] of characters.entries()) {
        const syllable = syllables[index] ?? '';
        await harness.pressDigits(keysOfLetters(syllable) ?? '');
        let from = (await transcript()).length;
        await press('select');
        // Syllables first (unless only one is spelt so), then characters; page on with 0 until offered.
        for (let guard = 0; guard < 30; guard += 1) {
          const spoken = (await transcript()).slice(from).join('\n');
          const choosingSyllable = spoken.includes('选拼音');
          const number = await spokenNumberOf(choosingSyllable ? syllable : character, choosingSyllable ? 'syllable' : 'character', from);
          from = (await transcript()).length;
          await press(number === 0 ? 'digit0' : (`digit${number}` as KeypadAction));
          if (!choosingSyllable && number !== 0) break;
        }
      }
    },
    async screen() {
      return page.evaluate(() => document.querySelector('main')?.getAttribute('data-screen') ?? '');
    },
    async waitForScreen(screen) {
      await page.locator(`main[data-screen="${screen}"]`).waitFor();
    },
    async waitForHeading(text) {
      await page.getByRole('heading', { name: text }).first().waitFor();
    },
    transcript,
    async text(testId) {
      return page.getByTestId(testId).innerText();
    },
    presses: () => presses,
    async spokenCharacters() {
      return (await transcript()).reduce((sum, line) => sum + Array.from(line).length, 0);
    },
    async assertKeypadOnly() {
      const counts = await page.evaluate(() => (window as unknown as { __nonKeypadInput: Record<string, number> }).__nonKeypadInput);
      if (Object.values(counts).some((count) => count > 0)) throw new Error(`input other than the keypad: ${JSON.stringify(counts)}`);
    },
  };
  return harness;
}
