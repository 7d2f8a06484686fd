import { parseMobileNumber } from './phone.js';

// Masking of personal numbers and names for the screen and for speech.
// EN 301 549 5.1.3.8, 5.1.3.9; ADA 707.4: masked input is not spoken in full unless the user
// chose private listening. ACCESSIBILITY.md (Privacy): an ID number is spoken as its last 4 digits.
// Rule used throughout: at most the last 4 characters are ever revealed, and only when at least
// one character stays hidden (a value of 4 characters or fewer is masked completely).

export type SpeechLanguage = 'zh-CN' | 'en';

// Exception to the i18n rule (user-facing text comes from i18n keys): these are fixed digit
// names fed to text-to-speech one by one, plus the lead-in for a masked tail, so the spoken
// form of a number is built here in the pure layer. zh-CN uses 一 (not the telephone 幺) and
// reads X as 叉; en uses the numerals themselves, which TTS reads one by one when spaced.
export const spokenDigitWords = {
  'zh-CN': {
    digits: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
    x: '叉',
    endingIn: '尾号',
  },
  en: {
    digits: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    x: 'X',
    endingIn: 'ending in',
  },
} as const satisfies Record<SpeechLanguage, { digits: readonly string[]; x: string; endingIn: string }>;

const VISIBLE_TAIL = 4;
const MASK_CHAR = '*';

/** e.g. 37170219900101123X → **************123X */
export function maskIdNumber(value: string): string {
  return maskAllButTail(compactIdLike(value));
}

/** e.g. 13812345678 (or +86 138-1234-5678) → *******5678 */
export function maskPhone(value: string): string {
  const parsed = parseMobileNumber(value);
  return maskAllButTail(parsed.ok ? parsed.value : compactIdLike(value));
}

/** The last 4 characters (spaces and hyphens ignored, x upper-cased); '' when 4 or fewer in all. */
export function lastFour(value: string): string {
  const chars = Array.from(compactIdLike(value));
  return chars.length > VISIBLE_TAIL ? chars.slice(-VISIBLE_TAIL).join('') : '';
}

/** Chinese convention: first character, then one * per remaining character (张三丰 → 张**, 张三 → 张*). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) {
    return MASK_CHAR.repeat(chars.length);
  }
  return `${chars[0] ?? ''}${MASK_CHAR.repeat(chars.length - 1)}`;
}

/**
 * Spells a number one character at a time for text-to-speech, separated by spaces so TTS does
 * not read "123" as a quantity: zh-CN "一 二 三 叉", en "1 2 3 X". Spaces and hyphens are
 * dropped; other characters are passed through. Only for what the user asked to hear in full
 * through the headset (EN 301 549 5.1.3.9) — otherwise use spokenMaskedTail.
 */
export function spokenDigits(value: string, language: SpeechLanguage): string {
  const words = spokenDigitWords[language];
  return Array.from(compactIdLike(value))
    .map((char) => {
      if (char === 'X') {
        return words.x;
      }
      return /^[0-9]$/u.test(char) ? (words.digits[Number(char)] ?? char) : char;
    })
    .join(' ');
}

/** The spoken last 4 only: zh-CN "尾号 一 二 三 叉", en "ending in 1 2 3 X"; '' when nothing can be revealed. */
export function spokenMaskedTail(value: string, language: SpeechLanguage): string {
  const tail = lastFour(value);
  return tail === '' ? '' : `${spokenDigitWords[language].endingIn} ${spokenDigits(tail, language)}`;
}

function compactIdLike(value: string): string {
  return value.replace(/[\s-]+/gu, '').replace(/x/gu, 'X');
}

function maskAllButTail(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= VISIBLE_TAIL) {
    return MASK_CHAR.repeat(chars.length);
  }
  return MASK_CHAR.repeat(chars.length - VISIBLE_TAIL) + chars.slice(-VISIBLE_TAIL).join('');
}
