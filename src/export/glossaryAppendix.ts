import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import type { TermIndex } from '../glossary/termIndex.js';
import { termOccurrences } from '../glossary/termOccurrences.js';
import type { EditionUnit } from './editionUnits.js';

/** A term of the appendix and the paragraphs (their numbers) where it occurs. */
export interface AppendixEntry {
  readonly entry: GlossaryEntry;
  readonly paragraphs: readonly number[];
}

/**
 * The glossary appendix of an edition: the entries whose terms occur in the printed units that have
 * English (found in the Chinese, or linked by hand on either side), in order of first occurrence,
 * each with the numbers of those units. Terms of paragraphs printed in Chinese only are left out:
 * the reader cannot see how they were rendered.
 */
export function appendixEntries(units: readonly EditionUnit[], index: TermIndex | null, entries: ReadonlyMap<string, GlossaryEntry>): AppendixEntry[] {
  const found = new Map<string, number[]>();
  for (const unit of units) {
    if (!unit.target) continue;
    for (const o of [...termOccurrences(unit.source, index), ...termOccurrences(unit.target, null)]) {
      if (!entries.has(o.entryId)) continue;
      const paragraphs = found.get(o.entryId) ?? [];
      if (paragraphs[paragraphs.length - 1] !== unit.number) paragraphs.push(unit.number);
      found.set(o.entryId, paragraphs);
    }
  }
  return [...found].map(([id, paragraphs]) => ({ entry: entries.get(id) as GlossaryEntry, paragraphs }));
}

/** Paragraph numbers as ranges, for print: [3, 4, 5, 9] → "3–5, 9". */
export function paragraphRanges(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] as number) === (numbers[j] as number) + 1) j++;
    parts.push(j > i + 1 ? `${numbers[i]}–${numbers[j]}` : j === i + 1 ? `${numbers[i]}, ${numbers[j]}` : `${numbers[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
