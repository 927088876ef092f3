import { childrenNamed, decodeXml, parseXml, type XmlElement } from '../src/xml/parseXml.js';
import { fixtureBytes } from './corpus.js';

/** A translation unit of a sentence-aligned TMX, its segments exactly as written (trailing spaces kept). */
export interface ParallelUnit {
  readonly zh: string;
  readonly en: string;
}

const raw = (element: XmlElement): string => element.children.map((c) => (typeof c === 'string' ? c : raw(c))).join('');

/** The units of a committed TMX fixture, in order, with their segments untouched. */
export function parallelUnits(fixture: string): ParallelUnit[] {
  const text = decodeXml(fixtureBytes(fixture));
  if (!text.ok) throw new Error(`${fixture}: ${text.error.code}`);
  const root = parseXml(text.value);
  if (!root.ok) throw new Error(`${fixture}: ${root.error.code}`);
  const body = childrenNamed(root.value, 'body')[0];
  if (!body) throw new Error(`${fixture}: no body`);
  return childrenNamed(body, 'tu').map((tu) => {
    const seg = (lang: string): string => {
      const tuv = childrenNamed(tu, 'tuv').find((t) => (t.attrs['xml:lang'] ?? '').toLowerCase().startsWith(lang));
      const s = tuv ? childrenNamed(tuv, 'seg')[0] : undefined;
      return s ? raw(s) : '';
    };
    return { zh: seg('zh'), en: seg('en') };
  });
}

/**
 * The two documents a sentence-aligned TMX was made from, rebuilt with their paragraph breaks.
 *
 * The aligner that wrote the TMX (ABBYY Aligner) kept the space that follows an English sentence
 * inside the paragraph with that sentence; the last sentence of a published paragraph has none. So
 * the English breaks after every unit whose English does not end in white space. A Chinese paragraph
 * never ends inside a sentence: the Chinese breaks at those places only where the unit's Chinese ends
 * a sentence (。！？；： or a heading without punctuation), not after a clause cut at ，or 、. The two
 * sides therefore need not have the same paragraphs, as in published pairs (the English lays out a
 * list one item per line where the Chinese runs it on).
 */
export function rebuildDocuments(units: readonly ParallelUnit[]): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  let zhCurrent = '';
  let enCurrent = '';
  units.forEach((u, k) => {
    zhCurrent += u.zh.trim();
    enCurrent += u.en.replace(/^\s+/, '');
    const last = k === units.length - 1;
    const englishBreak = last || !/\s$/.test(u.en);
    if (!englishBreak) return;
    en.push(enCurrent.trim());
    enCurrent = '';
    const chineseEnd = !/[，、,][”’」』）)]*$/.test(u.zh.trim());
    if (last || chineseEnd) {
      zh.push(zhCurrent);
      zhCurrent = '';
    }
  });
  return { zh, en };
}

/** Notes a translator adds in the English with nothing in the Chinese, for the perturbed evaluation. */
const NOTES = [
  'Translator\'s note: the figures in this section are preliminary and may be revised in the statistical communiqué published later in the year.',
  'Editor\'s note: the targets below were set before the end of the reporting period.',
  'Note: amounts are in current prices unless stated otherwise.',
];

/**
 * A pair of documents made harder from a sentence-aligned TMX, to evaluate on something the aligner
 * was not tuned on: every `dropEvery`-th unit loses its English (the Chinese has a sentence the
 * English leaves out), and after every `noteEvery`-th unit the English gets a note paragraph of its
 * own. Returns the units as they stand after it (gold pairs) and the perturbed units to rebuild from.
 */
export function perturbUnits(units: readonly ParallelUnit[], dropEvery: number, noteEvery: number): { gold: ParallelUnit[]; perturbed: ParallelUnit[] } {
  const gold: ParallelUnit[] = [];
  const perturbed: ParallelUnit[] = [];
  units.forEach((u, k) => {
    if (k % dropEvery === dropEvery - 1 && k > 0) {
      // The Chinese stays; of the English only its paragraph break (or none) is left.
      perturbed.push({ zh: u.zh, en: /\s$/.test(u.en) ? ' ' : '' });
      return;
    }
    gold.push(u);
    perturbed.push(u);
    if (k % noteEvery === noteEvery - 1 && !/\s$/.test(u.en)) perturbed.push({ zh: '', en: NOTES[k % NOTES.length] as string });
  });
  return { gold, perturbed };
}
