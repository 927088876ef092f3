import { buildTermIndex, findTerms, type IndexableEntry } from '../glossary/termIndex.js';
import { normalizeText } from '../glossary/normalizeText.js';
import { chineseQuantities } from '../qa/chineseQuantities.js';
import { englishQuantities } from '../qa/englishQuantities.js';
import type { NumberModels } from '../qa/numberModels.js';
import type { AlignSide } from './alignSide.js';
import { chineseBigrams, englishStems, type LexiconLink } from './learnLexicon.js';

/**
 * A pair of forms the aligner may take as evidence: a glossary term and its renderings, or a short
 * unit of the user's memory (a name: 成渝地区双城经济圈 ↔ Chengdu-Chongqing economic circle).
 */
export interface DictionaryEntry {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** What anchors are found with. */
export interface AnchorResources {
  readonly numberModels: NumberModels;
  readonly dictionary?: readonly DictionaryEntry[];
}

/** An anchor found in a side's text: its key (shared by both sides) at an offset. */
export interface AnchorHit {
  readonly key: number;
  readonly at: number;
}

/** What an anchor is: a number (on one side only, it counts against a pair), a dictionary entry, a Latin string, or a learnt word pair. */
export type AnchorKind = 'number' | 'term' | 'string' | 'lexical';

/** The anchors of both sides, with the name and kind of each key. */
export interface Anchors {
  readonly zh: readonly AnchorHit[];
  readonly en: readonly AnchorHit[];
  /** Key names, for tests and diagnostics: `n:98520000000`, `p:4.8`, `d:12`, `s:gdp`, `x:经济|econo`. */
  readonly names: readonly string[];
  readonly kinds: readonly AnchorKind[];
}

/** No anchors at all: the length-only baseline. */
export const NO_ANCHORS: Anchors = { zh: [], en: [], names: [], kinds: [] };

/** A value written as a key: 985.2亿 and 98.52 billion both give 98520000000. */
const valueKey = (value: number): string => String(Number(value.toPrecision(9)));

/** Digits, or a word for a number, a scale, an ordinal or a multiple: an English sentence without one holds no quantity. */
const MAY_HOLD_NUMBER =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|third|quarter|first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|twice|double|triple|centenary|centennial)/i;

/** Latin strings inside Chinese text worth finding again in the English: GDP, PM2.5, 5G, C919, RCEP. */
const LATIN = /[a-z][a-z0-9.+-]*[a-z0-9]|\d+[a-z][a-z0-9]*/g;

/** English plural forms of a rendering, so "market entity" is found in "market entities". */
function withPlurals(form: string): string[] {
  const forms = [form];
  if (/[^s]$/i.test(form)) forms.push(/[^aeiou]y$/i.test(form) ? `${form.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/i.test(form) ? `${form}es` : `${form}s`);
  return forms;
}

/**
 * Finds the anchors of both sides by value and form: quantities by the project's recognisers (kind
 * percent and points apart from plain numbers, money, ordinals and years; counts in slogans and
 * traditional measures left out), dictionary entries whose Chinese form occurs in the Chinese and an
 * English form in the English (whole words, plurals too), and Latin strings of the Chinese found in
 * the English. Paragraph by paragraph; offsets are into each side's text.
 */
export function findAnchors(zh: AlignSide, en: AlignSide, resources: AnchorResources): Anchors {
  const names: string[] = [];
  const kinds: AnchorKind[] = [];
  const ids = new Map<string, number>();
  const keyOf = (name: string, kind: AnchorKind): number => {
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      ids.set(name, id);
      names.push(name);
      kinds.push(kind);
    }
    return id;
  };
  const zhHits: AnchorHit[] = [];
  const enHits: AnchorHit[] = [];
  const models = resources.numberModels;

  for (const p of zh.paragraphs) {
    const text = zh.text.slice(p.start, p.end);
    for (const q of chineseQuantities(text, models)) {
      if (q.optional || q.kind === 'measure') continue;
      zhHits.push({ key: keyOf(`${q.kind === 'percent' || q.kind === 'points' ? 'p' : 'n'}:${valueKey(q.value)}`, 'number'), at: p.start + q.start });
    }
  }
  // English sentence by sentence, only those that may hold a number: the recogniser costs most here.
  for (const s of en.sentences) {
    const text = en.text.slice(s.start, s.end);
    if (!MAY_HOLD_NUMBER.test(text)) continue;
    for (const q of englishQuantities(text, models)) {
      if (q.kind === 'measure') continue;
      const name = `${q.kind === 'percent' || q.kind === 'points' ? 'p' : 'n'}:${valueKey(q.value)}`;
      // A number the Chinese never has is no evidence either way; only keys both sides know are kept.
      if (ids.has(name)) enHits.push({ key: keyOf(name, 'number'), at: s.start + q.start });
    }
  }

  // Latin strings of the Chinese, looked for as whole words in the English.
  const zhNormal = normalizeText(zh.text);
  const latin = new Map<string, number>();
  for (const m of zhNormal.matchAll(LATIN)) {
    if (m[0].length < 2 || /^[\d.]+$/.test(m[0])) continue;
    const key = keyOf(`s:${m[0]}`, 'string');
    latin.set(m[0], key);
    zhHits.push({ key, at: m.index });
  }
  if (latin.size) {
    const enNormal = normalizeText(en.text);
    for (const m of enNormal.matchAll(/[a-z0-9][a-z0-9.+-]*[a-z0-9]|[a-z]/g)) {
      const key = latin.get(m[0]) ?? latin.get(m[0].replace(/\.$/, ''));
      if (key !== undefined) enHits.push({ key, at: m.index });
    }
  }

  const dictionary = resources.dictionary ?? [];
  if (dictionary.length) {
    const zhForms = new Map<string, number[]>();
    dictionary.forEach((entry, i) => {
      for (const form of entry.zh) {
        const f = form.trim();
        if (f.length >= 2) zhForms.set(f, [...(zhForms.get(f) ?? []), i]);
      }
    });
    const zhList = [...zhForms.keys()];
    const zhIndex = buildTermIndex(zhList.map((term, i): IndexableEntry => ({ id: String(i), term })));
    const found = new Set<number>();
    for (const m of findTerms(zh.text, zhIndex)) {
      for (const entry of zhForms.get(zhList[Number(m.entryId)] as string) ?? []) {
        found.add(entry);
        zhHits.push({ key: keyOf(`d:${entry}`, 'term'), at: m.start });
      }
    }
    const enForms = new Map<string, number[]>();
    for (const entry of found) {
      for (const form of (dictionary[entry] as DictionaryEntry).en) {
        for (const f of withPlurals(form.trim())) if (f.length >= 2) enForms.set(f, [...(enForms.get(f) ?? []), entry]);
      }
    }
    const enList = [...enForms.keys()];
    if (enList.length) {
      const enIndex = buildTermIndex(enList.map((term, i): IndexableEntry => ({ id: String(i), term })));
      for (const m of findTerms(en.text, enIndex)) {
        for (const entry of enForms.get(enList[Number(m.entryId)] as string) ?? []) enHits.push({ key: keyOf(`d:${entry}`, 'term'), at: m.start });
      }
    }
  }
  const byOffset = (a: AnchorHit, b: AnchorHit): number => a.at - b.at || a.key - b.key;
  return { zh: zhHits.sort(byOffset), en: enHits.sort(byOffset), names, kinds };
}

/** The anchors with the learnt word pairs added: every occurrence of a linked bigram and of its stem, on the whole of each side. */
export function withLexicon(anchors: Anchors, zh: AlignSide, en: AlignSide, links: readonly LexiconLink[]): Anchors {
  if (!links.length) return anchors;
  const names = [...anchors.names];
  const kinds = [...anchors.kinds];
  const byBigram = new Map<string, number>();
  const byStem = new Map<string, number>();
  for (const link of links) {
    byBigram.set(link.zh, names.length);
    byStem.set(link.en, names.length);
    names.push(`x:${link.zh}|${link.en}`);
    kinds.push('lexical');
  }
  const zhHits = [...anchors.zh];
  const enHits = [...anchors.en];
  for (const p of zh.paragraphs) {
    chineseBigrams(zh.text, p, (bigram, at) => {
      const key = byBigram.get(bigram);
      if (key !== undefined) zhHits.push({ key, at });
    });
  }
  for (const p of en.paragraphs) {
    englishStems(en.text, p, (stem, at) => {
      const key = byStem.get(stem);
      if (key !== undefined) enHits.push({ key, at });
    });
  }
  const byOffset = (a: AnchorHit, b: AnchorHit): number => a.at - b.at || a.key - b.key;
  return { zh: zhHits.sort(byOffset), en: enHits.sort(byOffset), names, kinds };
}
