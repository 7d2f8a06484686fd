// The phone keypad's letter groups (ITU E.161), the way Chinese phones enter pinyin (拼音九宫格).
// ü is written v, as on every phone keypad; 1 and 0 carry no letters.
export const phoneLetterGroups: Readonly<Record<number, string>> = {
  2: 'abc',
  3: 'def',
  4: 'ghi',
  5: 'jkl',
  6: 'mno',
  7: 'pqrs',
  8: 'tuv',
  9: 'wxyz',
};

const keyOfLetter = new Map<string, string>(
  Object.entries(phoneLetterGroups).flatMap(([key, letters]) => Array.from(letters, (letter) => [letter, key] as const)),
);

/** The keys that spell a toneless syllable: "zhang" → "94264". Undefined when a letter has no key. */
export function keysOfLetters(letters: string): string | undefined {
  let keys = '';
  for (const letter of letters.toLowerCase()) {
    const key = keyOfLetter.get(letter);
    if (key === undefined) return undefined;
    keys += key;
  }
  return keys;
}

/** Keys that spell letters: 2 to 9. */
export function isLetterKey(digit: number): boolean {
  return digit >= 2 && digit <= 9;
}
