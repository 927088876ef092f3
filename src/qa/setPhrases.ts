import type { Reading } from './quantity.js';

/** A Chinese set phrase whose number is not a quantity to translate, with how official English renders it. */
export interface SetPhrase {
  readonly phrase: string;
  readonly english: string;
  /** What the English may state instead (九二共识 is the "1992 Consensus"). */
  readonly reading?: Reading;
}

/**
 * Set phrases, idioms and slogans whose numbers the English may leave out or spell as words: their
 * numbers are optional (matched when the English has them, never reported missing). Only phrases
 * the Chinese number model reads a number in are listed; a slogan in quotes (“N个…”) needs no entry.
 */
export const SET_PHRASES: readonly SetPhrase[] = [
  { phrase: '三百六十行', english: 'every trade and profession' },
  { phrase: '十年磨一剑', english: 'years of painstaking effort' },
  { phrase: '十万火急', english: 'most urgent' },
  { phrase: '一五一十', english: 'in full detail' },
  { phrase: '五位一体', english: 'the five-sphere integrated plan' },
  { phrase: '两个毫不动摇', english: 'unswervingly consolidate and develop the public sector and unswervingly encourage, support and guide the non-public sector' },
  { phrase: '两个确立', english: 'the Two Establishments' },
  { phrase: '两个维护', english: 'the Two Upholds' },
  { phrase: '四个意识', english: 'be conscious of the need to maintain political integrity, think in big-picture terms, follow the leadership core and keep in alignment' },
  { phrase: '四个自信', english: 'confidence in the path, theory, system and culture of socialism with Chinese characteristics' },
  { phrase: '四个全面', english: 'the Four-Pronged Comprehensive Strategy' },
  { phrase: '两个一百年', english: 'the Two Centenary Goals' },
  { phrase: '两个大局', english: 'the strategic goal of national rejuvenation and the changes in the world' },
  { phrase: '两个结合', english: 'integrating the basic tenets of Marxism with China’s realities and its traditional culture' },
  { phrase: '三个区分开来', english: 'the Three Distinctions' },
  { phrase: '五个必由之路', english: 'the five musts' },
  { phrase: '三次产业', english: 'the three industries (primary, secondary, tertiary)' },
  { phrase: '第一产业', english: 'the primary industry' },
  { phrase: '第二产业', english: 'the secondary industry' },
  { phrase: '第三产业', english: 'the tertiary industry' },
  { phrase: '九二共识', english: 'the 1992 Consensus', reading: { kind: 'year', value: 1992 } },
  { phrase: '百分之百', english: 'fully, 100 percent', reading: { kind: 'percent', value: 100 } },
];

const PATTERN = new RegExp(SET_PHRASES.map((p) => p.phrase).join('|'), 'g');
const BY_PHRASE = new Map(SET_PHRASES.map((p) => [p.phrase, p]));

/** The set phrases in a Chinese text, with their spans (UTF-16, half-open). */
export function findSetPhrases(text: string): Array<{ readonly phrase: SetPhrase; readonly start: number; readonly end: number }> {
  const found: Array<{ phrase: SetPhrase; start: number; end: number }> = [];
  for (const m of text.matchAll(PATTERN)) {
    const phrase = BY_PHRASE.get(m[0]);
    if (phrase) found.push({ phrase, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return found;
}
