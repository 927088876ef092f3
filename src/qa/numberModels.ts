import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';

type Model = ReturnType<NumberRecognizer['getNumberModel']>;

/** The number models of both languages (Microsoft's Recognizers-Text); build once (they are costly to build) and pass in. */
export interface NumberModels {
  readonly chinese: Model;
  readonly english: Model;
  readonly englishOrdinal: Model;
}

/** Builds the number models for Chinese and the number and ordinal models for English. */
export function createNumberModels(): NumberModels {
  const zh = new NumberRecognizer(Culture.Chinese);
  const en = new NumberRecognizer(Culture.English);
  return { chinese: zh.getNumberModel(), english: en.getNumberModel(), englishOrdinal: en.getOrdinalModel() };
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

/**
 * The stretches of `text` that may hold a number: each run of candidate words (and the words that
 * join them) with two words of context on either side, merged where they touch.
 */
function windows(text: string, candidate: RegExp): Array<readonly [number, number]> {
  const words = [...text.matchAll(/\S+/g)];
  const out: Array<[number, number]> = [];
  const at = (i: number): string => (words[i] as RegExpMatchArray)[0];
  const from = (i: number): number => (words[i] as RegExpMatchArray).index ?? 0;
  for (let i = 0; i < words.length; i++) {
    if (!candidate.test(at(i))) continue;
    let j = i;
    while (j + 1 < words.length && (candidate.test(at(j + 1)) || JOINER.test(at(j + 1)))) j++;
    const last = Math.min(words.length - 1, j + 2);
    const window: [number, number] = [from(Math.max(0, i - 2)), from(last) + at(last).length];
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
