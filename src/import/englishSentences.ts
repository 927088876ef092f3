import type { SentenceRange } from './segmentSentences.js';

/**
 * Abbreviations whose full stop never ends a sentence: titles before a name, and words that a number
 * or a name follows (No. 1, Art. 5, e.g., vs.). Compared case-sensitively, without the final stop.
 */
const NEVER_FINAL = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Gen', 'Lt', 'Col', 'Capt', 'Rev', 'Hon', 'Gov', 'Sen', 'Rep', 'Pres',
  'No', 'Nos', 'no', 'Art', 'Arts', 'Fig', 'Figs', 'Vol', 'vol', 'pp', 'p', 'para', 'paras', 'Sec', 'sec', 'Ch', 'ch', 'cf', 'vs', 'approx', 'ca',
  'e.g', 'i.e', 'viz', 'al',
]);

/** Abbreviations that end a sentence only when what follows cannot continue it (a capital that is not a name). */
const USUALLY_INSIDE = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'etc']);

const CLOSERS = '"\'”’)]}»';
const OPENERS = '"\'“‘([{«';
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();

/** The word (letters, digits and inner stops) that ends just before `end`. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

/** A list marker on its own (1. / IV. / a.) at the start of a sentence: "1. We formulated…". */
const ENUMERATOR = /^[(（]?(\d{1,3}|[IVXLC]{1,6}|[ivx]{1,5}|[A-Za-z])[.)）]$/;

/**
 * Whether the full stop at `dot` ends a sentence that began at `from`. It does not after an
 * abbreviation that a name or number must follow (Mr., No., e.g.), after initials (J. K., U.S.) that
 * a capital follows, after a list marker opening the sentence, or inside a number (4.8).
 */
function stopEnds(text: string, dot: number, from: number, next: string | undefined): boolean {
  const word = wordBefore(text, dot);
  if (!word) return true;
  const bare = word.replace(/^\.+/, '');
  if (NEVER_FINAL.has(bare)) return false;
  if (text.slice(from, dot + 1).trim() === word + '.' && ENUMERATOR.test(word + '.')) return false;
  // Initials and dotted abbreviations (J., U.S., P.R.C.): a capital after them is usually a name.
  if (/^([A-Z]\.)*[A-Z]$/.test(bare) && isUpper(next)) return false;
  if (USUALLY_INSIDE.has(bare) && (next === undefined || /\d/.test(next))) return false;
  return true;
}

/** Whether text from `i` (after the spaces that follow a sentence end) can start a new sentence. */
function canStart(text: string, i: number): boolean {
  let c = text[i];
  while (c !== undefined && OPENERS.includes(c)) c = text[++i];
  if (c === undefined) return true;
  return !isLower(c) && !/[,;:.!?)\]}]/.test(c);
}

/** For each offset, whether it lies inside a bracketed passage ( … ) or [ … ] that closes in the text. */
function insideBrackets(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') open.push(i);
    else if ((c === ')' || c === ']') && open.length) {
      const from = open.pop() as number;
      if (open.length === 0) inside.fill(1, from + 1, i);
    }
  }
  return inside;
}

/**
 * English sentences of a paragraph as half-open UTF-16 ranges, trimmed. A sentence ends at . ! ? or
 * an ellipsis (with the closing quotes and brackets after it) before white space and a word that can
 * open a sentence, or at the end of the text; a full stop between letters glued to a capitalised word
 * ("events.President") ends one too. Abbreviations (Mr., No. 5, e.g., U.S.), initials, decimal
 * numbers (4.8), list markers (1. / IV.) and lower-case continuations do not split, nor does a stop
 * inside brackets; a translator's note in square brackets stays with the sentence before it.
 * Semicolons and colons never end an English sentence. Chinese terminators (。！？) end one anywhere.
 */
export function englishSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && isSpace(text[s])) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) ranges.push({ start: s, end: e });
    start = end;
  };
  const inside = insideBrackets(text);
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inside[i]) continue;
    if (c === '。' || c === '！' || c === '？') {
      let end = i + 1;
      while (end < text.length && (CLOSERS.includes(text[end] as string) || '。！？”’'.includes(text[end] as string))) end++;
      push(end);
      i = end - 1;
      continue;
    }
    // A bracketed passage that ends with a full stop ends its sentence with it: "[… governments.] By".
    const closesBracket = (c === ']' || c === ')') && inside[i - 1] === 1 && /[.!?]/.test(text[i - 1] as string);
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…' && !closesBracket) continue;
    let end = i + 1;
    while (end < text.length && '.!?…'.includes(text[end] as string)) end++;
    while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
    if (end >= text.length) break;
    if (!isSpace(text[end])) {
      // "events.President": a stop glued between a lower-case word and a capitalised one.
      const glued = c === '.' && end === i + 1 && isLower(text[i - 1]) && isLower(text[i - 2]) && isUpper(text[end]) && isLower(text[end + 1]);
      if (glued && stopEnds(text, i, start, text[end])) push(end);
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < text.length && isSpace(text[next])) next++;
    if (next >= text.length) break;
    const ends = canStart(text, next) && text[next] !== '[' && (c !== '.' || end > i + 1 || stopEnds(text, i, start, text[next]));
    if (ends) push(end);
    i = end - 1;
  }
  push(text.length);
  return ranges;
}
