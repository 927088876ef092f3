import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import { findPhrase } from '../glossary/findPhrase.js';
import { normalizeText } from '../glossary/normalizeText.js';
import type { TermOccurrence } from '../glossary/termOccurrences.js';

/** A terminology finding, as data: the UI words it, the CLI prints it. Offsets are UTF-16, half-open. */
export type TermFinding =
  | { readonly code: 'term.missing'; readonly entryId: string; readonly source: { readonly start: number; readonly end: number } }
  | { readonly code: 'term.forbidden'; readonly entryId: string; readonly target: { readonly start: number; readonly end: number } };

/**
 * Checks the English of a unit against the glossary terms of its Chinese: each entry found in the
 * source needs its preferred rendering or an accepted alternative somewhere in the target
 * (`term.missing` otherwise, once per entry); a forbidden rendering in the target is
 * `term.forbidden`. An empty target is not checked here (it is simply untranslated).
 */
export function checkTerminology(
  occurrences: readonly TermOccurrence[],
  target: string,
  entries: ReadonlyMap<string, GlossaryEntry>,
): TermFinding[] {
  if (!target.trim()) return [];
  const normalised = normalizeText(target);
  const findings: TermFinding[] = [];
  const checked = new Set<string>();
  for (const occurrence of occurrences) {
    const entry = entries.get(occurrence.entryId);
    if (!entry || checked.has(entry.id)) continue;
    checked.add(entry.id);
    if (entry.renderings.length > 0 && !entry.renderings.some((r) => findPhrase(target, r, normalised).length > 0)) {
      findings.push({ code: 'term.missing', entryId: entry.id, source: { start: occurrence.start, end: occurrence.end } });
    }
  }
  for (const entryId of checked) {
    const entry = entries.get(entryId);
    for (const forbidden of entry?.forbidden ?? []) {
      for (const range of findPhrase(target, forbidden, normalised)) findings.push({ code: 'term.forbidden', entryId, target: range });
    }
  }
  return findings;
}
