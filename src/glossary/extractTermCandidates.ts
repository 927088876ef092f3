import { segmentWords, type WordLengths } from '../dictionary/segmentWords.js';
import { isCodeChar, normalizeText } from './normalizeText.js';
import { plusForm } from './termIndex.js';
import { recurringPhrases } from './recurringPhrases.js';
import { namedSpans, numberedSpans, quotedSpans, type CandidateSpan, type SegmentedText } from './termSpans.js';

/** The Chinese of one unit of the report, where candidates are looked for. */
export interface TermSource {
  readonly unitId: string;
  readonly text: string;
}

/** Why a phrase is a candidate: quoted in the text, led by a numeral, a named programme or place, or recurring like a term. */
export type CandidateKind = 'quoted' | 'numbered' | 'named' | 'recurring';

/** An occurrence of a candidate: UTF-16 offsets, half-open, into its unit's text, with a little text either side. */
export interface TermContext {
  readonly unitId: string;
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

/** A phrase a translator may want in the glossary, with how often and where it occurs. */
export interface TermCandidate {
  /** The phrase as the report writes it (without the quotes of a quoted code). */
  readonly term: string;
  readonly kind: CandidateKind;
  /** Occurrences in the report (not overlapping; a code never counted inside a longer number). */
  readonly count: number;
  /** Higher ranks first; comparable within one extraction only. */
  readonly score: number;
  /** The dictionary has the phrase as a headword (a quoted slogan may still be one, 一带一路). */
  readonly inDictionary: boolean;
  /** The first occurrences, in the report's order. */
  readonly contexts: readonly TermContext[];
}

/** What the extraction asks of the dictionary: word boundaries, and whether a phrase is a headword. */
export interface TermDictionary extends WordLengths {
  has(word: string): boolean;
  /** Whether the word's first sense is a verb: names do not begin with one. */
  isVerb?(word: string): boolean;
}

export interface ExtractOptions {
  readonly dictionary: TermDictionary;
  /** Terms and variants already in the user's glossaries: left out (compared after `normalizeText`). */
  readonly known?: Iterable<string>;
  /** Most candidates returned (default 300). */
  readonly max?: number;
  /** Contexts kept per candidate (default 3). */
  readonly contexts?: number;
  /** Characters of context either side (default 16). */
  readonly contextChars?: number;
}

export interface ExtractedCandidates {
  readonly candidates: readonly TermCandidate[];
  /** Candidates left out because a glossary has them. */
  readonly known: number;
}

interface Span {
  readonly term: string;
  readonly kind: CandidateKind;
  readonly weak?: boolean;
  /** Order of first sight, to break ties in the report's order. */
  readonly first: number;
  /** A recurring phrase's branching entropy. */
  readonly entropy?: number;
}

/** How much each kind of evidence weighs: a quoted code or slogan is the surest sign of a term. */
const KIND_WEIGHT: Readonly<Record<CandidateKind, number>> = { quoted: 6, numbered: 5, named: 3, recurring: 1 };

/** Words that follow a term without making a new one (现代化新南岸建设 is building 现代化新南岸). */
const TRAILING_GENERIC = new Set(['建设', '精神', '工作', '发展', '战略', '体系', '建设者', '行动', '项目']);

/**
 * The form candidates are compared in, with each other and with the glossary: normalised as the
 * glossary matcher normalises (width, quotes, case, and a code's "3 2" read as the "3+2" it was before
 * scraping), then quote marks and spaces removed.
 */
export function candidateKey(term: string): string {
  return plusForm(normalizeText(term).replace(/["']/g, '').trim()).replace(/\s/g, '');
}

/** A unit's text cut into dictionary words, with their offsets. */
export function segmentSource(source: TermSource, dictionary: WordLengths): SegmentedText {
  const words = segmentWords(source.text, dictionary);
  const starts: number[] = [];
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length;
    boundaries.add(at);
  }
  return { unitId: source.unitId, text: source.text, words, starts, boundaries };
}

/** Occurrences of `term` in the normalised texts: left to right, not overlapping, codes held to digit and letter boundaries. */
function occurrences(term: string, texts: ReadonlyArray<{ unitId: string; text: string; norm: string }>, keep: number, chars: number): { count: number; contexts: TermContext[] } {
  const needle = normalizeText(term);
  const codeStart = isCodeChar(needle.charCodeAt(0));
  const codeEnd = isCodeChar(needle.charCodeAt(needle.length - 1));
  let count = 0;
  const contexts: TermContext[] = [];
  for (const { unitId, text, norm } of texts) {
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if ((codeStart && at > 0 && isCodeChar(norm.charCodeAt(at - 1))) || (codeEnd && isCodeChar(norm.charCodeAt(end)))) continue;
      count++;
      if (contexts.length < keep) contexts.push({ unitId, start: at, end, before: text.slice(Math.max(0, at - chars), at), after: text.slice(end, end + chars) });
      at = end - 1;
    }
  }
  return { count, contexts };
}

/**
 * Ranks the phrases of a report that a translator would want in the glossary: quoted codes and
 * slogans, number-led slogans, named programmes and places, and recurring phrases that behave like
 * terms. Phrases a glossary already has are left out; so are recurring phrases and short names
 * that are plain dictionary words. Deterministic: the same report gives the same list.
 */
export function extractTermCandidates(sources: readonly TermSource[], options: ExtractOptions): ExtractedCandidates {
  const { dictionary } = options;
  const segmented = sources.map((s) => segmentSource(s, dictionary));
  const spans = new Map<string, Span>();
  let order = 0;
  const add = (span: CandidateSpan): void => {
    const key = candidateKey(span.term);
    if (key.length < 2 && !/[0-9A-Za-z]/.test(key)) return;
    const existing = spans.get(key);
    if (!existing) spans.set(key, { ...span, first: order++ });
    else if (KIND_WEIGHT[span.kind] > KIND_WEIGHT[existing.kind]) spans.set(key, { ...span, first: existing.first });
  };
  for (const seg of segmented) {
    quotedSpans(seg).forEach(add);
    numberedSpans(seg).forEach(add);
    namedSpans(seg, (w) => dictionary.isVerb?.(w) ?? false).forEach(add);
  }
  for (const phrase of recurringPhrases(segmented)) {
    const key = candidateKey(phrase.term);
    if (!spans.has(key)) spans.set(key, { term: phrase.term, kind: 'recurring', first: order++, entropy: phrase.entropy });
  }

  const known = new Set<string>();
  for (const k of options.known ?? []) known.add(candidateKey(k));
  const texts = sources.map((s) => ({ unitId: s.unitId, text: s.text, norm: normalizeText(s.text) }));
  const keep = options.contexts ?? 3;
  const chars = options.contextChars ?? 16;
  let knownCount = 0;
  const out: Array<TermCandidate & { first: number }> = [];
  for (const [key, span] of spans) {
    if (known.has(key)) {
      knownCount++;
      continue;
    }
    const { kind } = span;
    const inDictionary = dictionary.has(span.term);
    if (inDictionary && (kind === 'recurring' || (kind === 'named' && span.term.length <= 3))) continue;
    const found = occurrences(span.term, texts, keep, chars);
    if (found.count === 0) continue;
    if (span.weak && found.count < 2) continue;
    // Within a kind, more occurrences rank higher; a recurring phrase also by how freely it combines.
    // A name with a weak head (…政策, …体系) is more often an ordinary phrase: it ranks below the other names.
    // For a name, frequency is no evidence (国家战略 recurs, 长江书院 does not); a longer name is more specific.
    const score =
      KIND_WEIGHT[kind] -
      (span.weak ? 1 : 0) +
      (kind === 'named' ? 0.03 * Math.min(span.term.length, 12) : Math.log2(1 + found.count) * (kind === 'recurring' ? 0.25 + Math.min(span.entropy ?? 0, 2) * 0.25 : 0.25));
    out.push({ term: span.term, kind, count: found.count, score, inDictionary, contexts: found.contexts, first: span.first });
  }
  // A phrase inside a longer candidate with as many occurrences is that candidate (南岸见行动 in the
  // quoted slogan, 重庆东站枢纽 in 重庆东站枢纽新城); a quoted code stays, since it is the term itself.
  const keys = out.map((c) => candidateKey(c.term));
  const kept = out.filter((c, i) => c.kind === 'quoted' || c.kind === 'numbered' || !out.some((o, j) => j !== i && o.count >= c.count && (keys[j] as string).length > (keys[i] as string).length && (keys[j] as string).includes(keys[i] as string)));
  // Two terms side by side (长江经济带 + 高质量发展), or a term and the generic word after it
  // (现代化新南岸 + 建设), are not a new term.
  const keptKeys = new Set(kept.map((c) => candidateKey(c.term)));
  const compound = (key: string): boolean => {
    for (let k = 2; k <= key.length - 2; k++) {
      const [a, b] = [key.slice(0, k), key.slice(k)];
      if (keptKeys.has(a) && (keptKeys.has(b) || TRAILING_GENERIC.has(b))) return true;
    }
    return false;
  };
  const final = kept.filter((c) => c.kind === 'quoted' || c.kind === 'numbered' || !compound(candidateKey(c.term)));
  final.sort((a, b) => b.score - a.score || a.first - b.first);
  return { candidates: final.slice(0, options.max ?? 300).map(({ first: _first, ...c }) => c), known: knownCount };
}
