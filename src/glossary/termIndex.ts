import { isCodeChar, normalizeCode, normalizeText, NORMAL_CODE } from './normalizeText.js';

/** One pattern of the index: a term or a variant of an entry, in normalised form. */
export interface TermPattern {
  readonly entryId: string;
  readonly text: string;
}

/** An occurrence of a glossary term in a text: UTF-16 offsets, half-open, into the original text. */
export interface TermMatch {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A trie of the normalised terms and variants of one glossary version, built once, then read by
 * `findTerms` at each position of a text. Matching wants the leftmost-longest terms that do not
 * overlap, so at a position it only has to follow the trie as far as the text goes along it, keep the
 * longest term ending on the way, and move past it: no failure links, no candidate lists. The trie
 * is laid out for that walk. Transitions from the root are a dense table, the children of the root
 * numbered first (most characters of a report start a word of a large glossary). Every other
 * transition is one slot of an open-addressing hash table keyed by (node, character), in front of
 * which a bit filter answers most of the "no such transition" cases, which are the common ones,
 * from a quarter of a megabyte that stays in the processor's cache.
 */
export interface TermIndex {
  /** Nodes of the trie, the root included. */
  readonly size: number;
  readonly patterns: readonly TermPattern[];
  /** Transitions from the root, by code unit of the text (normalised here): the node, or 0. */
  /** @internal */ readonly root: Int32Array;
  /**
   * Per node: `(pattern + 1) << 3` for the pattern ending there (0 for none; two entries with the
   * same form: the first listed keeps it), bit 2 set when the node has children, bits 0–1 the
   * pattern's boundary flags (1: it starts with a digit or Latin letter, 2: it ends with one).
   */
  /** @internal */ readonly info: Int32Array;
  /** Transitions below the root: slots of (parent, character, child, unused), parent 0 for an empty slot. */
  /** @internal */ readonly table: Int32Array;
  /** Slots in `table` minus one (a power of two minus one). */
  /** @internal */ readonly tableMask: number;
  /** One bit per hash value of (parent, character) of every transition in `table`. */
  /** @internal */ readonly filter: Int32Array;
}

/** What an index is built from: entries with their term and variants. */
export interface IndexableEntry {
  readonly id: string;
  readonly term: string;
  readonly variants?: readonly string[];
}

/**
 * The surface forms matched for an entry: its term and variants, and for a code term with `+`
 * ("3+2") the same with a space, since scraped pages decode `+` in URLs as a space ("3 2").
 */
export function surfaceForms(entry: IndexableEntry): string[] {
  const forms = new Set<string>();
  for (const raw of [entry.term, ...(entry.variants ?? [])]) {
    const form = normalizeText(raw.trim());
    if (!form) continue;
    forms.add(form);
    if (CODE_WITH_PLUS.test(form) && form.includes('+')) forms.add(form.replaceAll('+', ' '));
  }
  return [...forms];
}

/** A code term whose `+` a scraped page may give as a space: digits and letters joined by `+`. */
const CODE_WITH_PLUS = /^[0-9a-z][0-9a-z+]*[0-9a-z]$/;

/**
 * One form for the surface forms `surfaceForms` matches alike: a normalised form in which spaces
 * join the characters of a code ("3 2") gets its `+` back ("3+2"). Other forms are returned as given.
 */
export function plusForm(form: string): string {
  if (!/^[0-9a-z][0-9a-z+ ]*[0-9a-z]$/.test(form) || !form.includes(' ') || !/[0-9]/.test(form)) return form;
  const plus = form.replace(/ +/g, '+');
  return CODE_WITH_PLUS.test(plus) ? plus : form;
}

/** Bits of the transition filter: 2^21 bits, 256 KB. */
const FILTER_BITS = 21;

/** The hash of a transition (parent, character): 32 bits, mixed well in its high bits. */
function transitionHash(node: number, char: number): number {
  return Math.imul(node ^ Math.imul(char, 0x85ebca6b), 0x9e3779b1);
}

/**
 * Where the transition (node, char) sits in the open-addressed table (four ints a slot: parent,
 * character, child, unused), or the empty slot where it would go: its child there is then 0.
 */
function transitionSlot(table: Int32Array, tableMask: number, h: number, node: number, char: number): number {
  const wrap = (tableMask << 2) | 3;
  let slot = (h & tableMask) << 2;
  for (;;) {
    const parent = table[slot] as number;
    if (parent === 0 || (parent === node && table[slot + 1] === char)) return slot;
    slot = (slot + 4) & wrap;
  }
}

/** Builds the index of a glossary: every term and variant of every entry. */
export function buildTermIndex(entries: readonly IndexableEntry[]): TermIndex {
  const patterns: TermPattern[] = [];
  for (const entry of entries) for (const text of surfaceForms(entry)) patterns.push({ entryId: entry.id, text });

  let chars = 0;
  for (const p of patterns) chars += p.text.length;
  const root = new Int32Array(65536);
  // The root's children first, so that the nodes most visited sit together at the start of `info`.
  let nodeCount = 1;
  for (const p of patterns) {
    const c = p.text.charCodeAt(0);
    if (root[c] === 0) root[c] = nodeCount++;
  }
  let slots = 1024;
  while (slots < chars * 2) slots *= 2;
  const tableMask = slots - 1;
  const table = new Int32Array(slots * 4);
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  const info: number[] = new Array<number>(nodeCount).fill(0);
  info[0] = 4;
  patterns.forEach((pattern, p) => {
    const text = pattern.text;
    let node = root[text.charCodeAt(0)] as number;
    for (let i = 1; i < text.length; i++) {
      const char = text.charCodeAt(i);
      const h = transitionHash(node, char);
      const slot = transitionSlot(table, tableMask, h, node, char);
      let next = table[slot + 2] as number;
      if (next === 0) {
        next = nodeCount++;
        info.push(0);
        table[slot] = node;
        table[slot + 1] = char;
        table[slot + 2] = next;
        const bit = h >>> (32 - FILTER_BITS);
        filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
        info[node] = (info[node] as number) | 4;
      }
      node = next;
    }
    if ((info[node] as number) >>> 3 === 0) {
      const flags = (isCodeChar(text.charCodeAt(0)) ? 1 : 0) | (isCodeChar(text.charCodeAt(text.length - 1)) ? 2 : 0);
      info[node] = ((p + 1) << 3) | ((info[node] as number) & 4) | flags;
    }
  });
  // Indexed by the text's own code units, so the first character of a position needs no normalising.
  const byCode = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) byCode[c] = root[NORMAL_CODE[c] as number] as number;
  return { size: nodeCount, patterns, root: byCode, info: Int32Array.from(info), table, tableMask, filter };
}

/**
 * Finds glossary terms in a text: the leftmost-longest matches that do not overlap. A match whose
 * first (or last) character is a digit or Latin letter must not touch another digit or letter on
 * that side, so "885" is never found in "8850" or "1885". At each position the trie is followed as
 * far as the text goes along it, the longest valid term on the way is taken and the scan moves past
 * it; a position where no term starts costs a lookup or two in tables that stay in the cache.
 */
export function findTerms(text: string, index: TermIndex): TermMatch[] {
  const { root, info, table, filter, patterns } = index;
  const n = text.length;
  const matches: TermMatch[] = [];
  if (n === 0 || patterns.length === 0) return matches;
  const tableMask = index.tableMask;
  const shift = 32 - FILTER_BITS;
  const normal = NORMAL_CODE;
  let i = 0;
  while (i < n) {
    let node = root[text.charCodeAt(i)] as number;
    if (node === 0) {
      i++;
      continue;
    }
    let bestEnd = 0;
    let best = 0;
    let j = i + 1;
    for (;;) {
      const nodeInfo = info[node] as number;
      if (nodeInfo >= 8) {
        // A term ends here: keep it unless a code term runs into a digit or letter.
        const valid =
          (nodeInfo & 3) === 0 ||
          !((nodeInfo & 1 && i > 0 && isCodeChar(normal[text.charCodeAt(i - 1)] as number)) || (nodeInfo & 2 && j < n && isCodeChar(normal[text.charCodeAt(j)] as number)));
        if (valid) {
          bestEnd = j;
          best = (nodeInfo >>> 3) - 1;
        }
      }
      if ((nodeInfo & 4) === 0 || j >= n) break;
      const char = normal[text.charCodeAt(j)] as number;
      const h = transitionHash(node, char);
      const bit = h >>> shift;
      if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) break;
      const next = table[transitionSlot(table, tableMask, h, node, char) + 2] as number;
      if (next === 0) break;
      node = next;
      j++;
    }
    if (bestEnd > 0) {
      matches.push({ entryId: (patterns[best] as TermPattern).entryId, start: i, end: bestEnd });
      i = bestEnd;
    } else i++;
  }
  return matches;
}

/** A term that starts or ends with a digit or Latin letter must not continue a number or word on that side. */
export function respectsBoundaries(text: string, start: number, end: number): boolean {
  const first = normalizeCode(text.charCodeAt(start));
  const last = normalizeCode(text.charCodeAt(end - 1));
  if (isCodeChar(first) && start > 0 && isCodeChar(normalizeCode(text.charCodeAt(start - 1)))) return false;
  if (isCodeChar(last) && end < text.length && isCodeChar(normalizeCode(text.charCodeAt(end)))) return false;
  return true;
}
