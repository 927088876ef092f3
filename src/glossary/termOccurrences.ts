import type { Node } from 'prosemirror-model';
import { plainTextOf } from '../document/plainText.js';
import { findTerms, type TermIndex } from './termIndex.js';

/** A glossary term in a unit's text: found by the matcher (`auto`) or linked by hand (`manual`). */
export interface TermOccurrence {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'auto' | 'manual';
}

/**
 * The terms of an inline node (a unit's source or target): the spans linked by hand with a `term`
 * mark, and the matcher's finds outside them. Offsets are UTF-16 into the node's plain text, which
 * are also ProseMirror positions inside the node (a hard break counts one, as its "\n" does).
 */
export function termOccurrences(node: Node, index: TermIndex | null): TermOccurrence[] {
  const { text, marks } = plainTextOf(node);
  const manual: TermOccurrence[] = marks
    .filter((m) => m.type === 'term' && typeof m.attrs?.['entryId'] === 'string')
    .map((m) => ({ entryId: m.attrs?.['entryId'] as string, start: m.start, end: m.end, kind: 'manual' as const }));
  const auto = index ? findTerms(text, index) : [];
  const free = auto.filter((a) => !manual.some((m) => a.start < m.end && m.start < a.end));
  return [...manual, ...free.map((a) => ({ ...a, kind: 'auto' as const }))].sort((a, b) => a.start - b.start);
}

/** The distinct entries of a unit's source in order of first occurrence: what Ctrl+1…9 insert. */
export function orderedEntryIds(occurrences: readonly TermOccurrence[]): string[] {
  return [...new Set(occurrences.map((o) => o.entryId))];
}
