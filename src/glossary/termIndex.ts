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
 * root are a dense table (most characters of a report start no term); the others are laid out
 * compactly (each node's children contiguous and sorted), so a large glossary still fits the
 * processor's cache.
 */
export interface TermIndex {
  readonly size: number;
  readonly patterns: readonly TermPattern[];
  /** Transitions from the root, by normalised character: the node, or 0. */
  /** @internal */ readonly root: Int32Array;
  /**
   * Per node, NODE_FIELDS integers side by side: first child slot, failure link, first output slot.
   * A node's slots end where the next node's begin (there is a sentinel node at the end). Nodes are
   * numbered breadth first, so those near the root sit together. The whole automaton is kept small
   * because matching visits nodes in no predictable order: past a few megabytes, every visit would
   * be a trip to main memory.
   */
  /** @internal */ readonly nodes: Int32Array;
  /** Child slots: pairs of (character, node), each node's sorted by character. */
  /** @internal */ readonly children: Int32Array;
  /**
   * Output slots: for each node, every pattern ending there (its own, then those along its failure
   * chain, longest first), contiguous, as `length << 2 | boundary flags`; `outputPattern` holds the
   * pattern of each slot, read only for a match that is kept.
   */
  /** @internal */ readonly outputs: Int32Array;
  /** @internal */ readonly outputPattern: Int32Array;
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

/** Sorts edges by the depth of their child node, stably, in linear time (a counting sort). */
function sortByDepth(edges: Array<[number, number, number]>, depth: readonly number[]): void {
  const buckets: Array<Array<[number, number, number]>> = [];
  for (const edge of edges) (buckets[depth[edge[2]] as number] ??= []).push(edge);
  let i = 0;
  for (const bucket of buckets) for (const edge of bucket ?? []) edges[i++] = edge;
}

/** Edges grouped by the new number of their parent, each group sorted by character. */
function groupByParent(edges: ReadonlyArray<[number, number, number]>, order: Int32Array, nodeCount: number): Array<[number, number, number]> {
  const counts = new Int32Array(nodeCount + 1);
  for (const e of edges) counts[(order[e[0]] as number) + 1] = (counts[(order[e[0]] as number) + 1] as number) + 1;
  for (let k = 0; k < nodeCount; k++) counts[k + 1] = (counts[k + 1] as number) + (counts[k] as number);
  const grouped = new Array<[number, number, number]>(edges.length);
  const next = counts.slice();
  for (const e of edges) {
    const parent = order[e[0]] as number;
    grouped[next[parent] as number] = e;
    next[parent] = (next[parent] as number) + 1;
  }
  for (let k = 0; k < nodeCount; k++) {
    const from = counts[k] as number;
    const to = counts[k + 1] as number;
    if (to - from > 1) {
      const group = grouped.slice(from, to).sort((a, b) => a[1] - b[1]);
      for (let j = 0; j < group.length; j++) grouped[from + j] = group[j] as [number, number, number];
    }
  }
  return grouped;
}

/** Integers per node in `TermIndex.nodes`. */
const NODE_FIELDS = 3;

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
  sortByDepth(edges, depth);
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
  // Renumber breadth first (edges are sorted by depth already) and lay nodes and children out compactly.
  const order = new Int32Array(nodeCount);
  order[0] = 0;
  edges.forEach(([, , node], i) => (order[node] = i + 1));
  const byParent = groupByParent(edges, order, nodeCount);
  // One extra (sentinel) node record, so every node's slots end at the next record's start.
  const nodes = new Int32Array((nodeCount + 1) * NODE_FIELDS);
  const children = new Int32Array(byParent.length * 2);
  const byNew = new Int32Array(nodeCount);
  for (let old = 0; old < nodeCount; old++) byNew[order[old] as number] = old;
  let slot = 0;
  let k = 0;
  for (let fresh = 0; fresh <= nodeCount; fresh++) {
    nodes[fresh * NODE_FIELDS] = slot;
    for (; k < byParent.length && order[(byParent[k] as [number, number, number])[0]] === fresh; k++, slot++) {
      const [, char, child] = byParent[k] as [number, number, number];
      children[slot * 2] = char;
      children[slot * 2 + 1] = order[child] as number;
    }
  }
  const packed: number[] = [];
  const patternOf: number[] = [];
  for (let fresh = 0; fresh <= nodeCount; fresh++) {
    const at = fresh * NODE_FIELDS;
    nodes[at + 2] = packed.length;
    if (fresh === nodeCount) break;
    const old = byNew[fresh] as number;
    nodes[at + 1] = order[fail[old] as number] as number;
    for (let m = output[old] !== -1 ? old : (dictLink[old] as number); m !== -1; m = dictLink[m] as number) {
      const p = output[m] as number;
      const text = (patterns[p] as TermPattern).text;
      const edges = (isCodeChar(text.charCodeAt(0)) ? 1 : 0) | (isCodeChar(text.charCodeAt(text.length - 1)) ? 2 : 0);
      packed.push((text.length << 2) | edges);
      patternOf.push(p);
    }
  }
  const outputs = Int32Array.from(packed);
  const outputPattern = Int32Array.from(patternOf);
  for (let c = 0; c < 65536; c++) {
    const n = root[c] as number;
    root[c] = n === -1 ? 0 : (order[n] as number);
  }
  return { size: nodeCount, patterns, root, nodes, children, outputs, outputPattern };
}

/**
 * Finds glossary terms in a text: one pass of the automaton, then the leftmost-longest
 * non-overlapping matches. A match whose first (or last) character is a digit or Latin letter must not
 * touch another digit or letter on that side, so "885" is never found in "8850" or "1885".
 * While scanning, it keeps for each start position the longest valid match found so far; a final
 * sweep takes them left to right. No candidate list is sorted, so the cost is the text plus the
 * pattern ends it meets, however dense the glossary.
 */
export function findTerms(text: string, index: TermIndex): TermMatch[] {
  const { root, nodes, children, outputs, outputPattern, patterns } = index;
  const n = text.length;
  if (n === 0 || patterns.length === 0) return [];
  const bestEnd = new Int32Array(n);
  const bestPattern = new Int32Array(n);
  let matched = false;
  let node = 0;
  for (let i = 0; i < n; i++) {
    const char = normalizeCode(text.charCodeAt(i));
    // Follow failure links until a transition exists; the root's are a dense table.
    while (node !== 0) {
      const at = node * NODE_FIELDS;
      let lo = nodes[at] as number;
      let hi = nodes[at + NODE_FIELDS] as number;
      let next = 0;
      if (hi - lo <= 8) {
        for (; lo < hi; lo++) {
          if (children[lo * 2] === char) {
            next = children[lo * 2 + 1] as number;
            break;
          }
        }
      } else {
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          const c = children[mid * 2] as number;
          if (c === char) {
            next = children[mid * 2 + 1] as number;
            break;
          }
          if (c < char) lo = mid + 1;
          else hi = mid;
        }
      }
      if (next !== 0) {
        node = next;
        break;
      }
      node = nodes[at + 1] as number;
    }
    if (node === 0) {
      node = root[char] as number;
      if (node === 0) continue;
    }
    const end = i + 1;
    const last = nodes[(node + 1) * NODE_FIELDS + 2] as number;
    // Ends only grow, so a pattern found here is always the longest yet for its start.
    for (let o = nodes[node * NODE_FIELDS + 2] as number; o < last; o++) {
      const packed = outputs[o] as number;
      const start = end - (packed >> 2);
      if ((packed & 3) !== 0) {
        if (packed & 1 && start > 0 && isCodeChar(normalizeCode(text.charCodeAt(start - 1)))) continue;
        if (packed & 2 && end < n && isCodeChar(normalizeCode(text.charCodeAt(end)))) continue;
      }
      bestEnd[start] = end;
      bestPattern[start] = outputPattern[o] as number;
      matched = true;
    }
  }
  if (!matched) return [];
  const matches: TermMatch[] = [];
  for (let start = 0; start < n; ) {
    const end = bestEnd[start] as number;
    if (end > 0) {
      matches.push({ entryId: (patterns[bestPattern[start] as number] as TermPattern).entryId, start, end });
      start = end;
    } else start++;
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
