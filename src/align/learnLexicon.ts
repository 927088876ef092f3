import type { AlignSide, Span } from './alignSide.js';

/** A word pair learnt from the documents themselves: a Chinese character bigram and an English word stem. */
export interface LexiconLink {
  readonly zh: string;
  readonly en: string;
  readonly dice: number;
}

/** How the lexicon is learnt. */
export interface LexiconParameters {
  /** Pairs seen together in fewer training pairs than this are not learnt. */
  readonly minCount: number;
  /** Least Dice coefficient 2·c(z,e) / (c(z) + c(e)) of a pair learnt. */
  readonly minDice: number;
}

/** Function words and words every sentence of a report has, which say nothing about which sentence is which. */
const STOP = new Set(
  'a an the and or but of to in on at by for with from as into over under than that this these those it its is are was were be been being has have had will would shall should can could may might must not no we our us they their them he she his her which who whom whose what when where while also such more most other all any each both there here so do did done made make'.split(' '),
);

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A word's stem: lower case, its first five letters (economy, economic → econo), which serves English well enough here. */
export const stemOf = (word: string): string => word.toLowerCase().slice(0, 5);

/** Each Chinese character bigram of a span (both characters Han), with its offset. */
export function chineseBigrams(text: string, span: Span, visit: (bigram: string, at: number) => void): void {
  for (let i = span.start; i + 1 < span.end; i++) {
    if (HAN.test(text[i] as string) && HAN.test(text[i + 1] as string)) visit(text.slice(i, i + 2), i);
  }
}

/** Each content word of an English span (stop words and one-letter words left out), as its stem with its offset. */
export function englishStems(text: string, span: Span, visit: (stem: string, at: number) => void): void {
  const re = /[A-Za-z][A-Za-z-]*/g;
  re.lastIndex = span.start;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    const word = m[0].toLowerCase();
    if (word.length > 1 && !STOP.has(word)) visit(stemOf(word), m.index);
  }
}

/**
 * Learns word pairs from pairs of spans believed aligned (the sure pairs of a first pass), as the
 * aligners of Moore and hunalign do without a dictionary: counts how many pairs hold each Chinese
 * bigram, each English stem and each pair of them, scores pairs by the Dice coefficient, and keeps
 * them by competitive linking (the best-scored first, each bigram and each stem linked at most once).
 */
export function learnLexicon(zh: AlignSide, en: AlignSide, pairs: ReadonlyArray<{ readonly zh: Span; readonly en: Span }>, params: LexiconParameters): LexiconLink[] {
  const zhIds = new Map<string, number>();
  const enIds = new Map<string, number>();
  const zhCount: number[] = [];
  const enCount: number[] = [];
  const id = (ids: Map<string, number>, counts: number[], key: string): number => {
    let v = ids.get(key);
    if (v === undefined) {
      v = counts.length;
      ids.set(key, v);
      counts.push(0);
    }
    return v;
  };
  // The bigrams and stems of each pair, once each, and how many pairs hold each.
  const bags = pairs.map((pair) => {
    const zs = new Set<number>();
    const es = new Set<number>();
    chineseBigrams(zh.text, pair.zh, (b) => zs.add(id(zhIds, zhCount, b)));
    englishStems(en.text, pair.en, (s) => es.add(id(enIds, enCount, s)));
    for (const z of zs) zhCount[z] = (zhCount[z] as number) + 1;
    for (const e of es) enCount[e] = (enCount[e] as number) + 1;
    return { zs, es };
  });
  // Only words seen often enough can make a pair seen often enough: count pairs of those alone.
  const frequentEn = new Int32Array(enCount.length).fill(-1);
  let frequent = 0;
  enCount.forEach((c, e) => {
    if (c >= params.minCount) frequentEn[e] = frequent++;
  });
  const joint = new Map<number, number>();
  for (const { zs, es } of bags) {
    const eList = [...es].filter((e) => (frequentEn[e] as number) >= 0);
    for (const z of zs) {
      if ((zhCount[z] as number) < params.minCount) continue;
      for (const e of eList) {
        const key = z * frequent + (frequentEn[e] as number);
        joint.set(key, (joint.get(key) ?? 0) + 1);
      }
    }
  }
  const enOf = new Int32Array(frequent);
  frequentEn.forEach((f, e) => {
    if (f >= 0) enOf[f] = e;
  });
  const zhNames = [...zhIds.keys()];
  const enNames = [...enIds.keys()];
  const candidates: Array<{ z: number; e: number; dice: number; count: number }> = [];
  for (const [key, count] of joint) {
    if (count < params.minCount) continue;
    const z = Math.floor(key / frequent);
    const e = enOf[key % frequent] as number;
    const dice = (2 * count) / ((zhCount[z] as number) + (enCount[e] as number));
    if (dice >= params.minDice) candidates.push({ z, e, dice, count });
  }
  candidates.sort((a, b) => b.dice - a.dice || b.count - a.count || a.z - b.z || a.e - b.e);
  const zhLinked = new Set<number>();
  const enLinked = new Set<number>();
  const links: LexiconLink[] = [];
  for (const c of candidates) {
    if (zhLinked.has(c.z) || enLinked.has(c.e)) continue;
    zhLinked.add(c.z);
    enLinked.add(c.e);
    links.push({ zh: zhNames[c.z] as string, en: enNames[c.e] as string, dice: c.dice });
  }
  return links;
}
