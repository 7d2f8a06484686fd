// Splits text into short utterances for text-to-speech.
// speak-tts only splits on ASCII . ? ! and Chromium's speechSynthesis cuts an utterance off after
// about 15 s, so long Chinese text would be lost. Short pieces also let any user action stop
// speech promptly (EN 301 549 5.1.3.5) and let Repeat replay the current piece (5.1.3.4).
// Works on code points (Array.from), so CJK Extension B characters are never split in half.

// A sentence ends after one of these (full-width and ASCII).
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['。', '！', '？', '；', '!', '?', ';']);
// Closing quotes and brackets stay with the sentence they close.
const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', '》', '〉', ']', '}']);
// Where an over-long sentence may be broken: after these, or at a space.
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['，', '、', '：', ',', ':', ' ']);
// Inside a run of ASCII letters/digits these join it ("3.5", "1,000", "10:30", "v1.2", "a-b"), never break it.
const RUN_JOINERS: ReadonlySet<string> = new Set(['.', ',', ':', '/', '-', '_', '@', '%']);
const LINE_BREAK = /^[\n\r\u2028\u2029]$/u;
const WHITESPACE = /^\s$/u;
const ASCII_ALNUM = /^[0-9A-Za-z]$/u;

/**
 * Splits `text` into trimmed, non-empty pieces of at most `maxChars` code points where possible,
 * each keeping its own closing punctuation. Sentence breaks: 。！？； ! ? ; , a line break, and an
 * ASCII "." followed by whitespace or the end (so "3.5元", "v1.2" and "www.example.com" stay whole).
 * A longer piece is broken at its last clause break (，、：,: or a space) within the limit, else
 * hard-split at `maxChars`, moved back to the start of a run of ASCII letters/digits when possible.
 */
export function splitForSpeech(text: string, maxChars = 60): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new RangeError('splitForSpeech needs a positive whole maxChars');
  }
  return splitSentences(Array.from(text)).flatMap((sentence) => splitLong(sentence, maxChars));
}

function splitSentences(chars: readonly string[]): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    const trimmed = trimChars(current);
    if (trimmed.length > 0) {
      sentences.push(trimmed);
    }
    current = [];
  };
  let i = 0;
  while (i < chars.length) {
    const char = chars[i] ?? '';
    i += 1;
    if (LINE_BREAK.test(char)) {
      flush();
      continue;
    }
    current.push(char);
    const ends = SENTENCE_ENDS.has(char) || (char === '.' && isFollowedByBoundary(chars, i));
    if (!ends) {
      continue;
    }
    // Keep "？！", "!!", "...", and closing quotes/brackets with this sentence.
    while (i < chars.length) {
      const next = chars[i] ?? '';
      if (!(SENTENCE_ENDS.has(next) || CLOSERS.has(next) || next === '.')) {
        break;
      }
      current.push(next);
      i += 1;
    }
    flush();
  }
  flush();
  return sentences;
}

// After an ASCII ".", skipping closers and further terminators: whitespace or the end?
function isFollowedByBoundary(chars: readonly string[], from: number): boolean {
  let k = from;
  while (k < chars.length && (CLOSERS.has(chars[k] ?? '') || SENTENCE_ENDS.has(chars[k] ?? '') || chars[k] === '.')) {
    k += 1;
  }
  return k >= chars.length || WHITESPACE.test(chars[k] ?? '');
}

function splitLong(sentence: readonly string[], maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > maxChars) {
    const cut = clauseCut(rest, maxChars) ?? hardCut(rest, maxChars);
    const head = trimChars(rest.slice(0, cut));
    if (head.length > 0) {
      pieces.push(head.join(''));
    }
    rest = trimChars(rest.slice(cut));
  }
  if (rest.length > 0) {
    pieces.push(rest.join(''));
  }
  return pieces;
}

// Number of characters to take, ending at the last clause break that keeps the piece within the limit.
function clauseCut(chars: readonly string[], maxChars: number): number | undefined {
  for (let i = Math.min(maxChars, chars.length - 1); i >= 1; i -= 1) {
    const char = chars[i] ?? '';
    if (char === ' ') {
      return i; // the space itself is trimmed away
    }
    if (i < maxChars && CLAUSE_BREAKS.has(char) && !isInsideRun(chars, i + 1)) {
      return i + 1;
    }
  }
  return undefined;
}

// Last resort: cut at maxChars, moved back to before a run of ASCII letters/digits if it would split one.
function hardCut(chars: readonly string[], maxChars: number): number {
  let cut = maxChars;
  while (cut > 0 && isInsideRun(chars, cut)) {
    cut -= 1;
  }
  return cut > 0 ? cut : maxChars;
}

// Would cutting between chars[cut - 1] and chars[cut] split a run such as "abc", "3.5" or "1,000"?
function isInsideRun(chars: readonly string[], cut: number): boolean {
  const alnum = (k: number): boolean => ASCII_ALNUM.test(chars[k] ?? '');
  const joiner = (k: number): boolean => RUN_JOINERS.has(chars[k] ?? '');
  const left = cut - 1;
  const right = cut;
  return (
    (alnum(left) && alnum(right)) ||
    (alnum(left) && joiner(right) && alnum(right + 1)) ||
    (joiner(left) && alnum(left - 1) && alnum(right))
  );
}

function trimChars(chars: readonly string[]): string[] {
  let start = 0;
  let end = chars.length;
  while (start < end && WHITESPACE.test(chars[start] ?? '')) {
    start += 1;
  }
  while (end > start && WHITESPACE.test(chars[end - 1] ?? '')) {
    end -= 1;
  }
  return chars.slice(start, end);
}
