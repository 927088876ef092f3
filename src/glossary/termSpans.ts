import { CLAUSE_OPENERS, CONGRESS_FOLLOWERS, COUNTED_NOUNS, FUNCTION_CHARS, NUMERALS, QUANTITY_UNITS, SLOGAN_HEADS, SLOGAN_MEASURES, STRONG_HEADS, WEAK_HEADS } from './termLexicon.js';

/** A unit's text cut into dictionary words, with the offsets where words begin and end. */
export interface SegmentedText {
  readonly unitId: string;
  readonly text: string;
  readonly words: readonly string[];
  /** Start offset of each word. */
  readonly starts: readonly number[];
  /** Every offset where a word begins or ends. */
  readonly boundaries: ReadonlySet<number>;
}

/** Where a candidate was seen and what kind of evidence made it one. */
export interface CandidateSpan {
  readonly term: string;
  readonly kind: 'quoted' | 'numbered' | 'named';
  /** A weak-headed name (…机制, …体系) needs to recur to count. */
  readonly weak?: boolean;
}

const HAN = /\p{Script=Han}/u;
const PUNCTUATION = /[\s\p{P}\p{S}]/u;
const QUOTED = /“([^“”\n]{1,40})”|"([^"\n]{1,40})"|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』|‘([^‘’\n]{1,40})’|《([^《》\n]{2,40})》/g;
/** A quoted span that is a sentence, not a code or a slogan. */
const SENTENCE_INSIDE = /[。；;]|[，,].{16,}/;

/** A word that stops a name or a slogan on its left or right: punctuation, a function character, a clause opener. */
export function isStopWord(word: string): boolean {
  if (PUNCTUATION.test(word) && !/^[“”"·（）()－]$/.test(word)) return true;
  if (word.length === 1 && FUNCTION_CHARS.has(word)) return true;
  return CLAUSE_OPENERS.has(word);
}

/** Quoted codes and slogans (“885”, “两个确立”, “人工智能+”), book titles (《…》) as names, and a quoted code with its head noun (“33618”现代制造业集群体系). */
export function quotedSpans(seg: SegmentedText): CandidateSpan[] {
  const out: CandidateSpan[] = [];
  for (const m of seg.text.matchAll(QUOTED)) {
    const inner = (m.slice(1).find((g) => g !== undefined) ?? '').trim();
    if (!inner || SENTENCE_INSIDE.test(inner) || !/[\p{Script=Han}0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/u.test(inner)) continue;
    const isTitle = m[0].startsWith('《');
    out.push({ term: inner, kind: isTitle ? 'named' : 'quoted' });
    if (isTitle) continue;
    // The quoted code followed by its head: the words up to a stop, if they end in a head noun.
    const end = (m.index ?? 0) + m[0].length;
    const tail = wordsFrom(seg, end, 10);
    for (let k = tail.length; k > 0; k--) {
      const text = tail.slice(0, k).join('');
      const head = headOf(text);
      if (head) {
        out.push({ term: m[0] + text, kind: 'named', weak: head.weak });
        break;
      }
    }
  }
  return out;
}

/** The words of `seg` from offset `at` up to the first stop word, at most `limit` characters. */
function wordsFrom(seg: SegmentedText, at: number, limit: number): string[] {
  const out: string[] = [];
  let i = seg.starts.indexOf(at);
  if (i < 0) return out;
  let length = 0;
  for (; i < seg.words.length; i++) {
    const w = seg.words[i] as string;
    if (isStopWord(w) || !HAN.test(w) || length + w.length > limit) break;
    out.push(w);
    length += w.length;
  }
  return out;
}

/** The head noun that ends at offset `end` of `text`, strong heads first. */
function headEndingAt(text: string, end: number): { head: string; weak: boolean } | null {
  for (const head of STRONG_HEADS) if (end >= head.length && text.startsWith(head, end - head.length)) return { head, weak: false };
  for (const head of WEAK_HEADS) if (end >= head.length && text.startsWith(head, end - head.length)) return { head, weak: true };
  return null;
}

/** The head noun a phrase ends with, strong heads first. */
export function headOf(phrase: string): { head: string; weak: boolean } | null {
  for (const head of STRONG_HEADS) if (phrase.endsWith(head) && phrase.length > head.length) return { head, weak: false };
  for (const head of WEAK_HEADS) if (phrase.endsWith(head) && phrase.length > head.length) return { head, weak: true };
  return null;
}

const NUMERAL = `[${NUMERALS}]`;
const LEAD = new RegExp(`(?<![${NUMERALS}0-9第])(${NUMERAL}{1,2})([${SLOGAN_MEASURES}])`, 'g');
const PAIRED = new RegExp(`(?<![${NUMERALS}0-9第])${NUMERAL}[^${NUMERALS}\\s\\p{P}]{1,3}${NUMERAL}[^${NUMERALS}\\s\\p{P}]{1,3}(?:${NUMERAL}[^${NUMERALS}\\s\\p{P}]{1,3})?`, 'gu');
const CODE = /(?<![0-9A-Za-z+])[0-9A-Za-z]+(?:\+[0-9A-Za-z]+)+(?![0-9A-Za-z])/g;

/**
 * Number-led slogans: a numeral with a measure (三大攻坚战, 两个毫不动摇, 十大重点攻坚任务), paired
 * numerals (一核六区, 三攻坚一盘活, 一国两制), and codes joined by "+" (1+20, 4+6+X).
 */
export function numberedSpans(seg: SegmentedText): CandidateSpan[] {
  const out: CandidateSpan[] = [];
  const { text } = seg;
  for (const m of text.matchAll(LEAD)) {
    const start = m.index ?? 0;
    // The numeral must begin a word of its own: 统一大市场 has no slogan 一大.
    if (!seg.boundaries.has(start)) continue;
    const rest = wordsFrom(seg, start + m[0].length, 8);
    if (rest.length === 0) continue;
    // 二十大精神: the congress itself.
    if (m[2] === '大' && (m[1] as string).length === 2 && CONGRESS_FOLLOWERS.has(rest[0] as string)) {
      out.push({ term: m[1] + '大', kind: 'numbered' });
      continue;
    }
    if (rest.length === 1 && COUNTED_NOUNS.has(rest[0] as string)) continue;
    // The longest continuation that ends in a strong head, else in a slogan's head, else up to the
    // stop if short, else the first word.
    const phrases = rest.map((_, k) => rest.slice(0, k + 1).join(''));
    const chosen =
      [...phrases].reverse().find((p) => STRONG_HEADS.some((h) => p.endsWith(h))) ??
      [...phrases].reverse().find((p) => SLOGAN_HEADS.some((h) => p.endsWith(h))) ??
      ((phrases.at(-1) as string).length <= 4 ? (phrases.at(-1) as string) : (rest[0] as string).length >= 2 ? (rest[0] as string) : '');
    if (!chosen || (chosen.length < 2 && m[2] !== '个' && m[2] !== '大')) continue;
    out.push({ term: m[0] + chosen, kind: 'numbered' });
  }
  for (const m of text.matchAll(PAIRED)) {
    const phrase = m[0];
    const start = m.index ?? 0;
    if (!seg.boundaries.has(start)) continue;
    // Each numeral must lead a part, not count something (五年来, 一年) or begin a common word (一批, 一体化).
    if ([...phrase].some((c, i) => NUMERALS.includes(c) && QUANTITY_UNITS.has(phrase.charAt(i + 1)))) continue;
    if (/^一[批些流体步样起直定般致系线揽把道同切]/.test(phrase)) continue;
    const end = start + phrase.length;
    if (!seg.boundaries.has(end) && end < text.length) continue;
    const next = text.charAt(end);
    if (next && !PUNCTUATION.test(next) && !FUNCTION_CHARS.has(next) && !/^[”"」]/.test(next)) continue;
    out.push({ term: phrase, kind: 'numbered' });
  }
  for (const m of text.matchAll(CODE)) out.push({ term: m[0], kind: 'numbered' });
  return out;
}

/**
 * Named programmes, places and institutions: a phrase ending in a head noun (…工程, …行动,
 * …示范区, …集群), reaching back over the words before it up to a stop word, 4 to 16 characters.
 */
export function namedSpans(seg: SegmentedText, isVerb: (word: string) => boolean = () => false): CandidateSpan[] {
  const out: CandidateSpan[] = [];
  const { words, starts } = seg;
  for (let j = 0; j < words.length; j++) {
    const end = (starts[j] as number) + (words[j] as string).length;
    // The head must end at this word's end; it may span several words (示范 + 区).
    const head = headEndingAt(seg.text, end);
    if (!head) continue;
    const headStart = end - head.head.length;
    if (!seg.boundaries.has(headStart)) continue;
    // A head that runs on into a longer one (经济 in 经济圈, 枢纽 in 枢纽新城) is not where the name ends.
    if ([1, 2, 3].some((k) => headEndingAt(seg.text, end + k) !== null && end + k - (headEndingAt(seg.text, end + k)?.head.length ?? 0) < end)) continue;
    if (seg.text.charAt(end) && HAN.test(seg.text.charAt(end)) && !seg.boundaries.has(end)) continue;
    let i = j;
    while (i >= 0 && (starts[i] as number) > headStart) i--;
    // i is now the word before the head (or the head's own first word when it starts a word).
    if ((starts[i] as number) === headStart) i--;
    let begin = headStart;
    let first = i + 1;
    for (; i >= 0; i--) {
      const w = words[i] as string;
      if (isStopWord(w) || end - (starts[i] as number) > 16) break;
      begin = starts[i] as number;
      first = i;
      // A quoted code begins the name (“15643”工作体系): what comes before the quote is not part of it.
      if (w === '“') break;
    }
    // A name does not begin with a verb (壮大先进制造业集群, 加快建设西部陆海新通道): drop leading
    // ones; what is left must still name something.
    while (first < words.length && (starts[first] as number) < headStart && isVerb(words[first] as string)) {
      first++;
      begin = starts[first] as number;
    }
    // A numeral-led slogan inside (打好三大攻坚战) begins the name.
    const slogan = new RegExp(`[${NUMERALS}]{1,2}[${SLOGAN_MEASURES}]`).exec(seg.text.slice(begin, headStart));
    if (slogan && seg.boundaries.has(begin + slogan.index)) begin += slogan.index;
    // Drop leading quote marks and brackets left without their partner.
    let phrase = seg.text.slice(begin, end);
    phrase = phrase.replace(/^[”"）)·]+/, '').replace(new RegExp(`^[${NUMERALS}]+[届次]`), '');
    if (phrase.length - head.head.length < 2 || phrase.length < 4) continue;
    if (!/\p{Script=Han}/u.test(phrase.slice(0, phrase.length - head.head.length))) continue;
    if (((phrase.match(/“/g) ?? []).length !== (phrase.match(/”/g) ?? []).length)) continue;
    out.push({ term: phrase, kind: 'named', weak: head.weak });
  }
  return out;
}
