import { isLetterKey, phoneLetterGroups } from './phoneKeys.js';
import type { PinyinLookup } from './pinyinLookup.js';

/**
 * Keypad text entry (拼音九宫格, issue #12; ACCESSIBILITY.md "Text fields can be filled from the keypad
 * alone"), as a pure state machine so every key's effect is testable without a screen:
 * - spelling: 2–9 spell pinyin by the phone letter groups; Confirm offers the syllables;
 * - syllable: 1–9 pick a syllable (0 or Next page for more), then its characters are offered;
 * - character: 1–9 pick a character (0 or Next page for more); it is added and spelling starts again.
 * Back undoes one step at a time (a key, a stage, then a character); with nothing left to undo it
 * leaves the field. 1 while spelling reads the field back. In 'initials' mode (searches) the keys
 * themselves are the value: 保洁 is found as 2 5.
 */
export type PinyinEntryMode = 'characters' | 'initials';

export type PinyinEntryOptions = {
  readonly mode: PinyinEntryMode;
  readonly maxLength: number;
  /** The first character of a name: surnames are offered first (issue #12). */
  readonly surnameFirst: boolean;
};

export type PinyinEntryState = {
  /** Characters chosen so far (in 'initials' mode: the initials keys). */
  readonly value: string;
  /** Letter keys pressed for the syllable being spelt. */
  readonly keys: string;
  readonly stage: 'spelling' | 'syllable' | 'character';
  /** The syllable whose characters are offered, in the 'character' stage. */
  readonly syllable: string;
  readonly page: number;
};

export type PinyinEntryInput =
  | { readonly kind: 'digit'; readonly digit: number }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'back' }
  | { readonly kind: 'more' }
  /** A candidate chosen by touch or by Up/Down + Enter on its button. */
  | { readonly kind: 'choose'; readonly candidate: string };

/** Candidates on one page: the digits 1–9 pick them. */
export const CANDIDATES_PER_PAGE = 9;

export type CandidatePage = { readonly items: readonly string[]; readonly page: number; readonly pages: number };

/** What a key did, for the screen and for speech; every key has one (no silent keys, ACCESSIBILITY.md). */
export type PinyinEntryOutcome =
  | { readonly kind: 'spelled'; readonly key: number; readonly letters: string; readonly syllables: readonly string[] }
  | { readonly kind: 'noSuchSpelling'; readonly key: number; readonly letters: string }
  | { readonly kind: 'syllables'; readonly candidates: CandidatePage }
  | { readonly kind: 'characters'; readonly syllable: string; readonly candidates: CandidatePage }
  | { readonly kind: 'typed'; readonly character: string; readonly syllable: string; readonly value: string }
  | { readonly kind: 'initials'; readonly keys: string; readonly key: number | null }
  | { readonly kind: 'unspelled'; readonly keys: string }
  | { readonly kind: 'deleted'; readonly character: string; readonly value: string }
  | { readonly kind: 'readBack'; readonly value: string }
  | { readonly kind: 'confirmed'; readonly value: string }
  | { readonly kind: 'leave' }
  | { readonly kind: 'full' }
  | { readonly kind: 'noCandidate'; readonly digit: number }
  | { readonly kind: 'keysHelp' };

export type PinyinEntryStep = { readonly state: PinyinEntryState; readonly outcome: PinyinEntryOutcome };

export function initialPinyinEntry(value = ''): PinyinEntryState {
  return { value, keys: '', stage: 'spelling', syllable: '', page: 0 };
}

export function candidatePage(all: readonly string[], page: number): CandidatePage {
  const pages = Math.max(1, Math.ceil(all.length / CANDIDATES_PER_PAGE));
  const current = ((page % pages) + pages) % pages;
  return { items: all.slice(current * CANDIDATES_PER_PAGE, (current + 1) * CANDIDATES_PER_PAGE), page: current, pages };
}

/** The candidates the screen shows for a state: syllables, characters, or none while spelling. */
export function candidatesOf(state: PinyinEntryState, lookup: PinyinLookup, options: PinyinEntryOptions): CandidatePage | undefined {
  if (state.stage === 'syllable') return candidatePage(syllablesOf(state, lookup, options), state.page);
  if (state.stage === 'character') return candidatePage(charactersOf(state, lookup, options), state.page);
  return undefined;
}

function syllablesOf(state: PinyinEntryState, lookup: PinyinLookup, options: PinyinEntryOptions): string[] {
  return lookup.syllablesFor(state.keys, { surnameFirst: options.surnameFirst && state.value === '' });
}

function charactersOf(state: PinyinEntryState, lookup: PinyinLookup, options: PinyinEntryOptions): string[] {
  return lookup.charactersFor(state.syllable, { surnameFirst: options.surnameFirst && state.value === '' });
}

const length = (text: string): number => Array.from(text).length;

export function stepPinyinEntry(state: PinyinEntryState, input: PinyinEntryInput, lookup: PinyinLookup, options: PinyinEntryOptions): PinyinEntryStep {
  return options.mode === 'initials' ? stepInitials(state, input, options) : stepCharacters(state, input, lookup, options);
}

function stepInitials(state: PinyinEntryState, input: PinyinEntryInput, options: PinyinEntryOptions): PinyinEntryStep {
  const same = (outcome: PinyinEntryOutcome): PinyinEntryStep => ({ state, outcome });
  switch (input.kind) {
    case 'digit':
      if (!isLetterKey(input.digit)) return same({ kind: 'keysHelp' });
      if (length(state.value) >= options.maxLength) return same({ kind: 'full' });
      return withValue(state, `${state.value}${input.digit}`, input.digit);
    case 'back':
      return state.value === '' ? same({ kind: 'leave' }) : withValue(state, state.value.slice(0, -1), null);
    case 'confirm':
      return same({ kind: 'confirmed', value: state.value });
    case 'more':
    case 'choose':
      return same({ kind: 'keysHelp' });
  }
}

function withValue(state: PinyinEntryState, value: string, key: number | null): PinyinEntryStep {
  return { state: { ...state, value }, outcome: { kind: 'initials', keys: value, key } };
}

function stepCharacters(state: PinyinEntryState, input: PinyinEntryInput, lookup: PinyinLookup, options: PinyinEntryOptions): PinyinEntryStep {
  const same = (outcome: PinyinEntryOutcome): PinyinEntryStep => ({ state, outcome });
  const offerSyllables = (next: PinyinEntryState): PinyinEntryStep => {
    const syllables = syllablesOf(next, lookup, options);
    // One syllable only: nothing to choose, go straight to its characters.
    if (syllables.length === 1) return offerCharacters({ ...next, syllable: syllables[0] ?? '' });
    const moved = { ...next, stage: 'syllable' as const };
    return { state: moved, outcome: { kind: 'syllables', candidates: candidatePage(syllables, moved.page) } };
  };
  const offerCharacters = (next: PinyinEntryState): PinyinEntryStep => {
    const moved = { ...next, stage: 'character' as const };
    return { state: moved, outcome: { kind: 'characters', syllable: moved.syllable, candidates: candidatePage(charactersOf(moved, lookup, options), moved.page) } };
  };
  const type = (character: string): PinyinEntryStep => {
    const value = `${state.value}${character}`;
    return { state: initialPinyinEntry(value), outcome: { kind: 'typed', character, syllable: state.syllable, value } };
  };
  const pick = (candidates: CandidatePage | undefined, digit: number): string | undefined => candidates?.items[digit - 1];

  switch (state.stage) {
    case 'spelling':
      switch (input.kind) {
        case 'digit': {
          if (input.digit === 1) return same({ kind: 'readBack', value: state.value });
          const letters = phoneLetterGroups[input.digit];
          if (letters === undefined) return same({ kind: 'keysHelp' });
          if (length(state.value) >= options.maxLength) return same({ kind: 'full' });
          const keys = `${state.keys}${input.digit}`;
          if (!lookup.hasSyllableStartingWith(keys)) return same({ kind: 'noSuchSpelling', key: input.digit, letters });
          return { state: { ...state, keys }, outcome: { kind: 'spelled', key: input.digit, letters, syllables: syllablesOf({ ...state, keys }, lookup, options).slice(0, 3) } };
        }
        case 'confirm':
          return state.keys === '' ? same({ kind: 'confirmed', value: state.value }) : offerSyllables({ ...state, page: 0 });
        case 'back': {
          if (state.keys !== '') {
            const keys = state.keys.slice(0, -1);
            return { state: { ...state, keys }, outcome: { kind: 'unspelled', keys } };
          }
          const characters = Array.from(state.value);
          const removed = characters.pop();
          if (removed === undefined) return same({ kind: 'leave' });
          const value = characters.join('');
          return { state: { ...state, value }, outcome: { kind: 'deleted', character: removed, value } };
        }
        case 'more':
        case 'choose':
          return same({ kind: 'keysHelp' });
      }
      break;
    case 'syllable':
    case 'character': {
      // Both choosing stages work alike: a digit picks from the page, 0 or Next page turns it, Confirm takes
      // the first, a touched candidate is taken as is. Only what a choice leads to, and Back, differ.
      const choosingSyllable = state.stage === 'syllable';
      const choose = (candidate: string): PinyinEntryStep => (choosingSyllable ? offerCharacters({ ...state, syllable: candidate, page: 0 }) : type(candidate));
      const nextPage = (): PinyinEntryStep => (choosingSyllable ? offerSyllables : offerCharacters)({ ...state, page: state.page + 1 });
      const candidates = candidatesOf(state, lookup, options);
      switch (input.kind) {
        case 'digit': {
          if (input.digit === 0) return nextPage();
          const candidate = pick(candidates, input.digit);
          return candidate === undefined ? same({ kind: 'noCandidate', digit: input.digit }) : choose(candidate);
        }
        case 'more':
          return nextPage();
        case 'confirm': {
          const first = pick(candidates, 1);
          return first === undefined ? same({ kind: 'keysHelp' }) : choose(first);
        }
        case 'choose':
          return choose(input.candidate);
        case 'back':
          // From characters back to the syllables (when there was a choice of them), else to spelling.
          return !choosingSyllable && syllablesOf(state, lookup, options).length > 1
            ? offerSyllables({ ...state, page: 0 })
            : { state: { ...state, stage: 'spelling', page: 0 }, outcome: { kind: 'unspelled', keys: state.keys } };
      }
    }
  }
  return same({ kind: 'keysHelp' });
}
