import type { TFunction } from 'i18next';
import type { CandidatePage, PinyinEntryOutcome } from '../../../shared/textEntry/pinyinEntry.js';
import type { PinyinLookup } from '../../../shared/textEntry/pinyinLookup.js';

/** A character said so that it cannot be mistaken by ear: "张，弓长张" / "明，明天的明" (issue #12). */
export function spokenCharacter(character: string, syllable: string | undefined, lookup: PinyinLookup, t: TFunction): string {
  const reading = syllable ?? lookup.syllableOf(character);
  const hint = reading === undefined ? undefined : lookup.hintFor(character, reading);
  if (hint === undefined) return character;
  return t(hint.kind === 'parts' ? 'textEntry.hintParts' : 'textEntry.hintWord', { character, parts: hint.text, word: hint.text });
}

/** The whole field, character by character with the same telling-apart words. */
export function spokenField(value: string, lookup: PinyinLookup, t: TFunction): string {
  const characters = Array.from(value);
  if (characters.length === 0) return t('textEntry.empty');
  return t('textEntry.readBack', {
    count: characters.length,
    characters: characters.map((character) => spokenCharacter(character, undefined, lookup, t)).join(t('textEntry.listSeparator')),
  });
}

/** A syllable with its commonest character, so it is heard as Chinese and not as Latin letters. */
export function spokenSyllable(syllable: string, lookup: PinyinLookup): string {
  return `${syllable} ${lookup.charactersFor(syllable)[0] ?? ''}`.trim();
}

function spokenPage(candidates: CandidatePage, say: (item: string) => string, t: TFunction): string {
  const items = candidates.items.map((item, index) => t('textEntry.candidate', { number: index + 1, item: say(item) })).join(t('textEntry.listSeparator'));
  return candidates.pages > 1 ? `${items}${t('textEntry.morePages', { page: candidates.page + 1, pages: candidates.pages })}` : items;
}

/** What the kiosk says for each key in a text field: every key is answered (ACCESSIBILITY.md "Keypad"). */
export function speakTextEntry(outcome: PinyinEntryOutcome, lookup: PinyinLookup, t: TFunction): string {
  switch (outcome.kind) {
    case 'spelled':
      return t('textEntry.spelled', {
        letters: outcome.letters.toUpperCase().split('').join(' '),
        syllables: outcome.syllables.map((syllable) => spokenSyllable(syllable, lookup)).join(t('textEntry.listSeparator')),
      });
    case 'noSuchSpelling':
      return t('textEntry.noSuchSpelling', { letters: outcome.letters.toUpperCase().split('').join(' ') });
    case 'syllables':
      return t('textEntry.chooseSyllable', { list: spokenPage(outcome.candidates, (syllable) => spokenSyllable(syllable, lookup), t) });
    case 'characters':
      return t('textEntry.chooseCharacter', { list: spokenPage(outcome.candidates, (character) => spokenCharacter(character, outcome.syllable, lookup, t), t) });
    case 'typed':
      return t('textEntry.typed', { character: spokenCharacter(outcome.character, outcome.syllable, lookup, t), count: Array.from(outcome.value).length });
    case 'initials':
      return outcome.keys === '' ? t('textEntry.initialsCleared') : t('textEntry.initials', { keys: outcome.keys.split('').join(' ') });
    case 'unspelled':
      return outcome.keys === '' ? t('textEntry.spellingCleared') : t('textEntry.unspelled', { count: outcome.keys.length });
    case 'deleted':
      return t('textEntry.deleted', { character: spokenCharacter(outcome.character, undefined, lookup, t), count: Array.from(outcome.value).length });
    case 'readBack':
      return spokenField(outcome.value, lookup, t);
    case 'confirmed':
      return '';
    case 'leave':
      return '';
    case 'full':
      return t('textEntry.full');
    case 'noCandidate':
      return t('textEntry.noCandidate', { number: outcome.digit });
    case 'keysHelp':
      return t('textEntry.keysHelp');
  }
}
