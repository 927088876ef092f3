import { isCodeChar, normalizeCode, normalizeText } from './normalizeText.js';

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
 * An Aho-Corasick automaton over the normalised terms and variants of one glossary version: built
 * once, then `findTerms` reads a text in one pass whatever the number of terms. Transitions from the
 * root are a dense table (most characters of a report start no term); others live in an
 * open-addressing hash table of typed arrays.
 */
export interface TermIndex {
  readonly size: number;
  readonly patterns: readonly TermPattern[];
  /** @internal */ readonly root: Int32Array;
  /** @internal */ readonly keyNode: Int32Array;
  /** @internal */ readonly keyChar: Uint16Array;
  /** @internal */ readonly keyChild: Int32Array;
  /** @internal */ readonly mask: number;
  /** @internal */ readonly fail: Int32Array;
  /** Pattern ending at this node, or -1. */
  /** @internal */ readonly output: Int32Array;
  /** Next node along the failure chain that ends a pattern, or -1. */
  /** @internal */ readonly dictLink: Int32Array;
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
    if (/^[0-9a-z][0-9a-z+]*[0-9a-z]$/.test(form) && form.includes('+')) forms.add(form.replaceAll('+', ' '));
  }
  return [...forms];
}

function hash(node: number, char: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(char, 0x85ebca6b)) & mask;
}

/** Builds the index of a glossary: every term and variant of every entry. */
export function buildTermIndex(entries: readonly IndexableEntry[]): TermIndex {
  const patterns: TermPattern[] = [];
  for (const entry of entries) for (const text of surfaceForms(entry)) patterns.push({ entryId: entry.id, text });

  // Trie with children in growable arrays first; sizes are unknown until all patterns are in.
  let nodeCount = 1;
  let capacity = 1024;
  while (capacity < patterns.reduce((n, p) => n + p.text.length, 0) * 2 + 16) capacity *= 2;
  const mask = capacity - 1;
  const keyNode = new Int32Array(capacity).fill(-1);
  const keyChar = new Uint16Array(capacity);
  const keyChild = new Int32Array(capacity);
  const root = new Int32Array(65536).fill(-1);
  const depth: number[] = [0];
  const outputList: number[] = [-1];
  const child = (node: number, char: number): number => {
    if (node === 0) return root[char] as number;
    for (let h = hash(node, char, mask); ; h = (h + 1) & mask) {
      const k = keyNode[h] as number;
      if (k === -1) return -1;
      if (k === node && keyChar[h] === char) return keyChild[h] as number;
    }
  };
  const addChild = (node: number, char: number): number => {
    const id = nodeCount++;
    depth.push((depth[node] as number) + 1);
    outputList.push(-1);
    if (node === 0) root[char] = id;
    else {
      let h = hash(node, char, mask);
      while (keyNode[h] !== -1) h = (h + 1) & mask;
      keyNode[h] = node;
      keyChar[h] = char;
      keyChild[h] = id;
    }
    return id;
  };
  const edges: Array<[number, number, number]> = [];
  patterns.forEach((pattern, p) => {
    let node = 0;
    for (let i = 0; i < pattern.text.length; i++) {
      const char = pattern.text.charCodeAt(i);
      let next = child(node, char);
      if (next === -1) {
        next = addChild(node, char);
        edges.push([node, char, next]);
      }
      node = next;
    }
    // Two entries with the same form: the first one listed keeps it.
    if (outputList[node] === -1) outputList[node] = p;
  });

  // Failure and dictionary links, breadth first (edges were created in insertion order; sort by depth).
  const fail = new Int32Array(nodeCount);
  const dictLink = new Int32Array(nodeCount).fill(-1);
  const output = Int32Array.from(outputList);
  edges.sort((a, b) => (depth[a[2]] as number) - (depth[b[2]] as number));
  for (const [parent, char, node] of edges) {
    if (parent === 0) fail[node] = 0;
    else {
      let f = fail[parent] as number;
      let next = child(f, char);
      while (next === -1 && f !== 0) {
        f = fail[f] as number;
        next = child(f, char);
      }
      fail[node] = next === -1 || next === node ? 0 : next;
    }
    const f = fail[node] as number;
    dictLink[node] = output[f] !== -1 ? f : (dictLink[f] as number);
  }
  return { size: nodeCount, patterns, root, keyNode, keyChar, keyChild, mask, fail, output, dictLink };
}

/**
 * Finds glossary terms in a text: one pass of the automaton, then the leftmost-longest
 * non-overlapping matches. A match whose first (or last) character is a digit or Latin letter must not
 * touch another digit or letter on that side, so "885" is never found in "8850" or "1885".
 */
export function findTerms(text: string, index: TermIndex): TermMatch[] {
  const { root, keyNode, keyChar, keyChild, mask, fail, output, dictLink, patterns } = index;
  const candidates: number[] = []; // start, end, pattern triples
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const char = normalizeCode(text.charCodeAt(i));
    let next = -1;
    for (;;) {
      if (node === 0) {
        next = root[char] as number;
        break;
      }
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(char, 0x85ebca6b)) & mask;
      for (;;) {
        const k = keyNode[h] as number;
        if (k === -1) break;
        if (k === node && keyChar[h] === char) {
          next = keyChild[h] as number;
          break;
        }
        h = (h + 1) & mask;
      }
      if (next !== -1) break;
      node = fail[node] as number;
    }
    node = next === -1 ? 0 : next;
    if (node === 0) continue;
    for (let n = output[node] !== -1 ? node : (dictLink[node] as number); n !== -1; n = dictLink[n] as number) {
      const p = output[n] as number;
      const length = (patterns[p] as TermPattern).text.length;
      candidates.push(i + 1 - length, i + 1, p);
    }
  }
  if (candidates.length === 0) return [];

  // Leftmost first, then longest; keep those that respect code boundaries and do not overlap.
  const order = Array.from({ length: candidates.length / 3 }, (_, k) => k * 3);
  order.sort((a, b) => (candidates[a] as number) - (candidates[b] as number) || (candidates[b + 1] as number) - (candidates[a + 1] as number));
  const matches: TermMatch[] = [];
  let taken = 0;
  for (const k of order) {
    const start = candidates[k] as number;
    const end = candidates[k + 1] as number;
    if (start < taken || !respectsBoundaries(text, start, end)) continue;
    matches.push({ entryId: (patterns[candidates[k + 2] as number] as TermPattern).entryId, start, end });
    taken = end;
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
