import { ok, err, type Result } from '../result.js';

// Validation of free text a visitor types: a person's name, and comments or notes.
// Lengths count code points (Array.from), not UTF-16 units, so a CJK Extension B character
// or an emoji counts once. Errors are reason codes that the UI turns into a message naming
// the field and what is wrong (EN 301 549 5.1.3.15).

export const personNameErrorReasons = ['empty', 'too_long', 'emoji_or_symbols'] as const;
export type PersonNameError = (typeof personNameErrorReasons)[number];

export const freeTextErrorReasons = ['empty', 'too_long', 'emoji_or_control'] as const;
export type FreeTextError = (typeof freeTextErrorReasons)[number];

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3]/u;
const LETTER = /\p{L}/u;
// Han-script letter numbers such as 〇 (U+3007), which occurs in names; Han radicals (So) are not letters.
const HAN_LETTER_NUMBER = /(?=\p{Script=Han})\p{Nl}/u;
// Combining marks (Latin diacritics in decomposed form, marks of other scripts).
// Variation selectors are marks too, but they turn text into emoji (U+FE0F), so they are refused.
const MARK = /(?!\p{Variation_Selector})[\p{Mn}\p{Mc}]/u;
// Between name parts: space, hyphen, apostrophe, and the middle dots used in minority and
// foreign names (· U+00B7 as on the ID card, • U+2022, ・ U+30FB, ‧ U+2027 as IMEs type it).
const NAME_SEPARATORS: ReadonlySet<string> = new Set([' ', '-', "'", '\u2019', '\u00B7', '\u2022', '\u30FB', '\u2027']);

/**
 * A resident's name. Trims, and collapses runs of spaces (including the ideographic space)
 * to one. Allows letters of any script (CJK ideographs including the extension blocks,
 * Latin with diacritics), combining marks after a letter, and one separator between two
 * letters. Refuses emoji, digits, punctuation, symbols and control or format characters
 * (such as a zero-width joiner). Returns the cleaned name.
 */
export function validatePersonName(input: string, maxLength = 30): Result<string, PersonNameError> {
  const name = input.replace(/[ \u00A0\u3000]+/gu, ' ').trim();
  if (name === '') {
    return err('empty');
  }
  const chars = Array.from(name);
  if (chars.length > maxLength) {
    return err('too_long');
  }
  let previous: 'start' | 'letter' | 'separator' = 'start';
  for (const char of chars) {
    if (EMOJI.test(char)) {
      return err('emoji_or_symbols');
    }
    if (LETTER.test(char) || HAN_LETTER_NUMBER.test(char)) {
      previous = 'letter';
    } else if (MARK.test(char) && previous === 'letter') {
      continue; // a mark stays attached to its letter
    } else if (NAME_SEPARATORS.has(char) && previous === 'letter') {
      previous = 'separator';
    } else {
      return err('emoji_or_symbols');
    }
  }
  // A name cannot end with a separator (it was trimmed, so this is a hyphen, dot or apostrophe).
  return previous === 'letter' ? ok(name) : err('emoji_or_symbols');
}

/**
 * Comments and notes. Trims and turns CRLF / CR into LF. Allows letters, digits, punctuation,
 * symbols, spaces and line breaks; refuses emoji, control characters other than the line
 * break, format characters (zero-width joiner, bidi overrides), private-use characters and
 * lone surrogates. `maxLength` counts code points. Returns the cleaned text.
 */
export function validateFreeText(input: string, maxLength: number): Result<string, FreeTextError> {
  const text = input.replace(/\r\n?/gu, '\n').trim();
  if (text === '') {
    return err('empty');
  }
  const chars = Array.from(text);
  if (chars.length > maxLength) {
    return err('too_long');
  }
  for (const char of chars) {
    if (char === '\n') {
      continue;
    }
    if (EMOJI.test(char) || /[\p{Variation_Selector}\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u.test(char)) {
      return err('emoji_or_control');
    }
  }
  return ok(text);
}
