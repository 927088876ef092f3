import { Culture, NumberOptions, NumberRecognizer } from '@microsoft/recognizers-text-number';

type Model = ReturnType<NumberRecognizer['getNumberModel']>;

/** The number models of both languages (Microsoft's Recognizers-Text); build once (they are costly to build) and pass in. */
export interface NumberModels {
  readonly chinese: Model;
  readonly english: Model;
  readonly englishOrdinal: Model;
}

/**
 * The number models for Chinese and the number and ordinal models for English, each built when it is
 * first read (building one compiles hundreds of regular expressions). The recognizers are made lazy
 * (`lazyInitialization`), so they build only the models asked for, not every model of their culture
 * (percentages, Chinese ordinals), which the checks never use.
 */
export function createNumberModels(): NumberModels {
  let zh: NumberRecognizer | null = null;
  let en: NumberRecognizer | null = null;
  let chinese: Model | null = null;
  let english: Model | null = null;
  let englishOrdinal: Model | null = null;
  const recognizer = (culture: string): NumberRecognizer => new NumberRecognizer(culture, NumberOptions.None, true);
  return {
    get chinese() {
      return (chinese ??= (zh ??= recognizer(Culture.Chinese)).getNumberModel());
    },
    get english() {
      return (english ??= (en ??= recognizer(Culture.English)).getNumberModel());
    },
    get englishOrdinal() {
      return (englishOrdinal ??= (en ??= recognizer(Culture.English)).getOrdinalModel());
    },
  };
}

/** A number as a model reads it: its span (UTF-16, half-open), its text and its value. */
export interface RawNumber {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
}

/** Every number the model finds in `text`, with end offsets made exclusive. */
export function parse(model: Model, text: string): RawNumber[] {
  return model
    .parse(text)
    .map((r) => ({ start: r.start, end: r.end + 1, text: r.text, value: Number((r.resolution as { value?: unknown } | undefined)?.value) }))
    .filter((r) => Number.isFinite(r.value));
}

/** A digit or a word the English number model reads as (part of) a number; over-inclusive on purpose. */
const ENGLISH_NUMBER =
  /\d|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|first|second|twice|thrice|once|double|triple|bn|mn|k|couple)/i;
/** What the English ordinal model reads: 1st, 22nd, first … twelfth, -teenth, -tieth, hundredth, and relative ordinals. */
const ENGLISH_ORDINAL =
  /\d|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|previous|current|last|penultimate|antepenultimate)|(teenth|tieth|hundredth|thousandth|illionth)\b/i;
/** Words that may join the parts of one number ("one hundred and five", "a third", "3.5 point"). */
const JOINER = /^(and|a|an|point|of|-|–)$/i;

/** The candidate patterns, for the equivalence test. */
export const ENGLISH_CANDIDATES = { number: ENGLISH_NUMBER, ordinal: ENGLISH_ORDINAL };

/** White space as \s sees it, for the characters English text has (space, tab, line breaks, no-break and ideographic spaces). */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f;

/** The global forms of the candidate patterns, made once (compiling them is costly). */
const GLOBAL: ReadonlyMap<RegExp, RegExp> = new Map([ENGLISH_NUMBER, ENGLISH_ORDINAL].map((re) => [re, new RegExp(re.source, 'gi')]));
const everywhere = (candidate: RegExp): RegExp => GLOBAL.get(candidate) ?? new RegExp(candidate.source, 'gi');

/**
 * The stretches of `text` that may hold a number: each run of candidate words (and the words that
 * join them) with two words of context on either side, merged where they touch. `candidate` is
 * run once over the whole text, not once a word.
 */
function windows(text: string, candidate: RegExp): Array<readonly [number, number]> {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    starts.push(i);
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    ends.push(i);
  }
  const marked = new Uint8Array(starts.length);
  let word = 0;
  for (const m of text.matchAll(everywhere(candidate))) {
    const at = m.index ?? 0;
    while (word < starts.length && (ends[word] as number) <= at) word++;
    if (word < starts.length && (starts[word] as number) <= at) marked[word] = 1;
  }
  const out: Array<[number, number]> = [];
  const joins = (i: number): boolean => marked[i] === 1 || JOINER.test(text.slice(starts[i], ends[i]));
  for (let i = 0; i < starts.length; i++) {
    if (!marked[i]) continue;
    let j = i;
    while (j + 1 < starts.length && joins(j + 1)) j++;
    const window: [number, number] = [starts[Math.max(0, i - 2)] as number, ends[Math.min(starts.length - 1, j + 2)] as number];
    const previous = out[out.length - 1];
    if (previous && window[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], window[1]);
    else out.push(window);
    i = j;
  }
  return out;
}

/**
 * `parse` over the stretches of English that `candidate` says may hold a number, each with two
 * words of context: the same results as over the whole text (a test checks it on two reports'
 * English), about twice as fast, because the model's cost grows with the length of what it reads
 * and most of an official sentence has no number.
 */
export function parseEnglish(model: Model, text: string, candidate: RegExp): RawNumber[] {
  const out: RawNumber[] = [];
  for (const [start, end] of windows(text, candidate)) {
    for (const r of parse(model, text.slice(start, end))) out.push({ ...r, start: r.start + start, end: r.end + start });
  }
  return out;
}

/** What may belong to a Chinese number: digits, numerals, scales, decimal points, fractions (三分之一), 多 and 余. */
const CHINESE_NUMERAL = /[0-9０-９.．%％一二三四五六七八九十百千万亿兆两〇零壹贰贰叁肆伍陆陸柒捌玖拾佰仟萬億兩貳半几幾多余分之又点负負]+/g;
/** Characters of context the Chinese model reads on either side of a number (第, 约, 百分点 …). */
const CHINESE_CONTEXT = 4;

/**
 * `parse` of a Chinese text over the runs of numeral characters, each with four characters of
 * context on either side: the same results as over the whole text (a test checks it on the corpus
 * reports), several times faster on official text, where numbers are a small part of a sentence.
 */
export function parseChinese(model: Model, text: string): RawNumber[] {
  const out: RawNumber[] = [];
  let window: [number, number] | null = null;
  const flush = (): void => {
    if (!window) return;
    const [start, end] = window;
    for (const r of parse(model, text.slice(start, end))) out.push({ ...r, start: r.start + start, end: r.end + start });
  };
  for (const m of text.matchAll(CHINESE_NUMERAL)) {
    const start = Math.max(0, (m.index ?? 0) - CHINESE_CONTEXT);
    const end = Math.min(text.length, (m.index ?? 0) + m[0].length + CHINESE_CONTEXT);
    if (window && start <= window[1]) window[1] = end;
    else {
      flush();
      window = [start, end];
    }
  }
  flush();
  return out;
}
