import { buildTermIndex, findTerms } from '../glossary/termIndex.js';
import { normalizeText } from '../glossary/normalizeText.js';
import type { TmUnit } from './memoryUnit.js';

/** What a memory says about how a Chinese phrase was translated. */
export interface MemoryRendering {
  /** The English the memory gives the phrase, or null when its units do not agree on one. */
  readonly rendering: string | null;
  /** Memory units whose Chinese contains the phrase. */
  readonly hits: number;
  /** How many of them contain the rendering. */
  readonly support: number;
  /** The first such unit, as an example of use. */
  readonly example: { readonly source: string; readonly target: string } | null;
}

/** Units looked at per phrase (the newest first). */
const MAX_HITS = 60;
/** Units without the phrase that show how common an English phrase is anyway. */
const BACKGROUND = 400;
const MAX_WORDS = 6;
const EDGE_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'as', 'at', 'from', 'its', 'our', 'we', 'will', 'be', 'is', 'are', 'was', 'were', 'this', 'that', 'these', 'which', 'such', 'more', 'been', 'has', 'have']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’+-]*/gu;

/** The distinct word n-grams (1–6 words, lower case) of an English text, not starting or ending with a function word. */
function ngramsOf(text: string): Map<string, string> {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const out = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const first = words[i] as (typeof words)[number];
      const last = words[i + n - 1] as (typeof words)[number];
      if (EDGE_WORDS.has(first.word.toLowerCase()) || EDGE_WORDS.has(last.word.toLowerCase())) continue;
      const key = words
        .slice(i, i + n)
        .map((w) => w.word.toLowerCase())
        .join(' ');
      if (!out.has(key)) out.set(key, text.slice(first.start, last.end));
    }
  }
  return out;
}

const bare = (text: string): string => normalizeText(text).replace(/[\s"'。，、；：！？.,;:!?()（）]/g, '');

/**
 * How a memory translated each phrase: a unit that is the phrase alone gives its English; otherwise
 * the English word sequence found in most of the units with the phrase and seldom in the others
 * (at least two units, and half of them, must agree; three for a single word). Phrases are found in one pass over the
 * memory's Chinese, as glossary terms are (codes held to digit boundaries).
 */
export function renderingsFromMemory(phrases: readonly string[], units: readonly TmUnit[]): Map<string, MemoryRendering> {
  const result = new Map<string, MemoryRendering>();
  if (phrases.length === 0) return result;
  const index = buildTermIndex(phrases.map((term, i) => ({ id: String(i), term })));
  const hitsOf = phrases.map(() => [] as number[]);
  const totals = new Int32Array(phrases.length);
  for (let u = units.length - 1; u >= 0; u--) {
    const seen = new Set<number>();
    for (const m of findTerms((units[u] as TmUnit).source, index)) seen.add(Number(m.entryId));
    for (const p of seen) {
      totals[p] = (totals[p] as number) + 1;
      const list = hitsOf[p] as number[];
      if (list.length < MAX_HITS) list.push(u);
    }
  }
  phrases.forEach((phrase, p) => {
    const hits = hitsOf[p] as number[];
    if (hits.length === 0) return;
    const first = units[hits[0] as number] as TmUnit;
    const example = { source: first.source, target: first.target };
    const whole = hits.map((u) => units[u] as TmUnit).find((u) => bare(u.source) === bare(phrase));
    if (whole) {
      result.set(phrase, { rendering: whole.target.trim().replace(/[.。]$/, ''), hits: totals[p] as number, support: 1, example });
      return;
    }
    result.set(phrase, { ...alignByAgreement(hits, units), hits: totals[p] as number, example });
  });
  return result;
}

/** The English n-gram most of the hit units share and the other units seldom have. */
function alignByAgreement(hits: readonly number[], units: readonly TmUnit[]): { rendering: string | null; support: number } {
  if (hits.length < 2) return { rendering: null, support: 0 };
  const support = new Map<string, { count: number; surface: string }>();
  for (const u of hits) {
    for (const [key, surface] of ngramsOf((units[u] as TmUnit).target)) {
      const s = support.get(key);
      if (s) s.count++;
      else support.set(key, { count: 1, surface });
    }
  }
  const needed = Math.max(2, Math.ceil(hits.length / 2));
  const common = [...support].filter(([, s]) => s.count >= needed);
  if (common.length === 0) return { rendering: null, support: 0 };
  // How common each n-gram is in units without the phrase: spread over the memory, deterministic.
  const hitSet = new Set(hits);
  const others: string[] = [];
  const stride = Math.max(1, Math.floor(units.length / BACKGROUND));
  // Each as its lower-case words between spaces, so an n-gram is found with one `includes`.
  for (let u = 0; u < units.length && others.length < BACKGROUND; u += stride) {
    if (!hitSet.has(u)) others.push(` ${[...(units[u] as TmUnit).target.matchAll(WORD)].map((m) => m[0].toLowerCase()).join(' ')} `);
  }
  let best: { score: number; words: number; surface: string; count: number } | null = null;
  for (const [key, s] of common) {
    const needle = ` ${key} `;
    const background = others.length ? others.filter((t) => t.includes(needle)).length / others.length : 0;
    const score = s.count / hits.length - background;
    const words = key.split(' ').length;
    // Two units sharing one word is too little to go on ("rural" for 乡村振兴).
    if (words === 1 && s.count < 3) continue;
    // Ties (within a few percent) go to the longer phrase: "Belt and Road" rather than "Belt".
    if (!best || score > best.score + 0.05 || (score > best.score - 0.05 && words > best.words)) best = { score, words, surface: s.surface, count: s.count };
  }
  return best && best.score >= 0.4 ? { rendering: best.surface, support: best.count } : { rendering: null, support: 0 };
}
