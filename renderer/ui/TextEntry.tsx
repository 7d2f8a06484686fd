import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  candidatesOf,
  initialPinyinEntry,
  stepPinyinEntry,
  type PinyinEntryInput,
  type PinyinEntryMode,
  type PinyinEntryOptions,
  type PinyinEntryState,
} from '../../shared/textEntry/pinyinEntry.js';
import { phoneLetterGroups } from '../../shared/textEntry/phoneKeys.js';
import type { PinyinLookup } from '../../shared/textEntry/pinyinLookup.js';
import { useSession } from '../session/sessionContext.js';
import { loadPinyinLookup } from '../a11y/textEntry/pinyinLookupLoader.js';
import { speakTextEntry, spokenCharacter, spokenSyllable } from '../a11y/textEntry/speakTextEntry.js';
import { TEXT_ENTRY_KEY_EVENT } from '../a11y/textEntry/textEntryKeys.js';
import { useAsyncValue } from './useAsyncValue.js';

type TextEntryProps = {
  readonly inputId: string;
  /** id of what labels the field (the question heading, or a <label>). */
  readonly labelledBy: string;
  readonly describedBy?: string;
  /** The text in the field (typed with the pinyin keys, or with a keyboard and IME where there is one). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  /**
   * 'characters': digits spell pinyin and characters are chosen (names, free text).
   * 'initials': digits are the pinyin initials themselves (searches: 保洁 = 2 5), kept apart from the text.
   */
  readonly mode: PinyinEntryMode;
  readonly initials?: string;
  readonly onInitials?: (keys: string) => void;
  /** The first character of a name: surnames first. */
  readonly surnameFirst?: boolean;
  /**
   * 'always': the page's one field takes the digit keys wherever focus is (a question page).
   * 'whenFocused': only while focus is in the field (a search box above a numbered result list).
   */
  readonly captureKeys: 'always' | 'whenFocused';
  /** Confirm with nothing being spelt: the field is done (next question, or search). */
  readonly onConfirm: () => void;
  readonly invalid?: boolean;
  /** 'search' gives the field the searchbox role. */
  readonly inputType?: 'text' | 'search';
};

type SpellingState = Omit<PinyinEntryState, 'value'>;

/** What the keys edit: the initials in a search, else the text. */
function entryValue(props: TextEntryProps): string {
  return props.mode === 'initials' ? (props.initials ?? '') : props.value;
}

function entryOptions(props: TextEntryProps): PinyinEntryOptions {
  return { mode: props.mode, maxLength: props.maxLength, surnameFirst: props.surnameFirst === true };
}

const LETTER_KEYS = [2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * The one text field for residents (issue #12): every text is enterable from the keypad alone by
 * 拼音九宫格 (ACCESSIBILITY.md "Keypad": "Text fields can be filled from the keypad alone"), with
 * candidates shown and spoken with words that tell them apart, and the same keys on screen for touch.
 */
export function TextEntry(props: TextEntryProps) {
  const { t } = useTranslation();
  const { speech } = useSession();
  // The dictionary chunk, loaded the first time a text field appears (null until it is there).
  const lookup: PinyinLookup | null = useAsyncValue(loadPinyinLookup) ?? null;
  const [spelling, setSpelling] = useState<SpellingState>(() => initialPinyinEntry());
  const container = useRef<HTMLDivElement>(null);
  // A search box shows its on-screen keys once a finger uses it, until the search is confirmed: they are
  // for touch (the keypad has its own keys), and hidden they do not lengthen the results page for Up/Down.
  // They are not hidden on blur: the page would jump under the finger that is tapping a result.
  const [touchedWithin, setTouchedWithin] = useState(false);
  const latest = useRef({ props, spelling, lookup, t });
  latest.current = { props, spelling, lookup, t };

  /** Applies one key; returns false when the key is not the field's (Back in an empty field leaves it). */
  const apply = (input: PinyinEntryInput): boolean => {
    const { props: current, spelling: now, lookup: loaded, t: tNow } = latest.current;
    if (loaded === null) {
      speech.say(tNow('service.loading'));
      return true;
    }
    const step = stepPinyinEntry({ ...now, value: entryValue(current) }, input, loaded, entryOptions(current));
    if (step.outcome.kind === 'leave') return false;
    const { value, ...nextSpelling } = step.state;
    latest.current = { ...latest.current, spelling: nextSpelling };
    setSpelling(nextSpelling);
    if (value !== entryValue(current)) {
      if (current.mode === 'initials') current.onInitials?.(value);
      else current.onChange(value);
    }
    if (step.outcome.kind === 'confirmed') {
      setTouchedWithin(false);
      current.onConfirm();
    }
    else speech.say(speakTextEntry(step.outcome, loaded, tNow));
    return true;
  };

  // Keys from the keypad reach the field through keypadCommands (the one place that maps keys).
  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    const onKey = (event: Event): void => {
      if (!(event instanceof CustomEvent)) return;
      const input = event.detail as PinyinEntryInput;
      const focused = element.ownerDocument.activeElement;
      if (latest.current.props.captureKeys === 'whenFocused' && !element.contains(focused)) return;
      // Confirm on a focused button (a candidate, a screen key, 下一步) presses that button instead.
      if (input.kind === 'confirm' && focused instanceof HTMLElement && focused.matches('button, a, [role="button"], [role="radio"], [role="checkbox"]')) return;
      if (apply(input)) event.preventDefault();
    };
    element.addEventListener(TEXT_ENTRY_KEY_EVENT, onKey);
    return () => element.removeEventListener(TEXT_ENTRY_KEY_EVENT, onKey);
    // Listens once for the field's life; apply reads the latest state through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one listener per mounted field
  }, []);

  const state: PinyinEntryState = { ...spelling, value: entryValue(props) };
  const options = entryOptions(props);
  const candidates = lookup === null ? undefined : candidatesOf(state, lookup, options);
  const choosing = spelling.stage === 'syllable' ? 'syllable' : 'character';

  return (
    <div
      className="text-entry"
      data-text-entry
      ref={container}
      onPointerDown={() => setTouchedWithin(true)}
    >
      <input
        id={props.inputId}
        type={props.inputType ?? 'text'}
        className={`text-input${props.invalid === true ? ' field-invalid' : ''}`}
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid === true}
        autoComplete="off"
        value={props.value}
        maxLength={props.maxLength}
        data-keypad-text
        onChange={(event) => props.onChange(event.target.value)}
      />
      <p className="text-entry-status" data-testid="text-entry-status">
        {props.mode === 'initials'
          ? props.initials !== undefined && props.initials !== '' && t('textEntry.initialsShown', { keys: props.initials.split('').join(' ') })
          : spelling.keys !== '' && t('textEntry.keysShown', { keys: spelling.keys.split('').join(' '), syllable: lookup?.syllablesFor(spelling.keys, { surnameFirst: options.surnameFirst && props.value === '' }).slice(0, 3).join(' / ') ?? '' })}
      </p>
      {candidates !== undefined && lookup !== null && (
        <div className="text-entry-candidates" role="group" aria-label={t(choosing === 'syllable' ? 'textEntry.syllablesLabel' : 'textEntry.charactersLabel')}>
          {candidates.items.map((item, index) => (
            <button
              key={item}
              type="button"
              className="button text-entry-candidate"
              data-testid="text-entry-candidate"
              data-announce={`${index + 1} ${choosing === 'syllable' ? spokenSyllable(item, lookup) : spokenCharacter(item, spelling.syllable, lookup, t)}`}
              onClick={() => apply({ kind: 'choose', candidate: item })}
            >
              {index + 1} {item}
            </button>
          ))}
          {candidates.pages > 1 && (
            <button type="button" className="button text-entry-candidate" onClick={() => apply({ kind: 'more' })}>
              0 {t('textEntry.moreButton')}
            </button>
          )}
        </div>
      )}
      {(props.captureKeys === 'always' || touchedWithin) && (
      <div className="numpad-keys text-entry-keys" role="group" aria-label={t('textEntry.keysLabel')}>
        <button type="button" className="button numpad-key" onClick={() => apply({ kind: 'digit', digit: 1 })}>
          1 {t('textEntry.readBackButton')}
        </button>
        {LETTER_KEYS.map((key) => (
          <button key={key} type="button" className="button numpad-key" onClick={() => apply({ kind: 'digit', digit: key })}>
            {key} {(phoneLetterGroups[key] ?? '').toUpperCase()}
          </button>
        ))}
        <button type="button" className="button numpad-key" onClick={() => apply({ kind: 'back' }) || speech.say(t('textEntry.empty'))}>
          {t('textEntry.deleteButton')}
        </button>
        <button type="button" className="button numpad-key" onClick={() => apply({ kind: 'digit', digit: 0 })}>
          0 {t('textEntry.moreButton')}
        </button>
        <button type="button" className="button numpad-key" onClick={() => apply({ kind: 'confirm' })}>
          {t('textEntry.confirmButton')}
        </button>
      </div>
      )}
    </div>
  );
}
