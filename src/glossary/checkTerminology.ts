import type { GlossaryEntry } from './glossaryEntry.js';
import { normalizeText } from './normalizeText.js';
import type { TermOccurrence } from './termOccurrences.js';

/** A terminology finding, as data: the UI words it, the CLI prints it. Offsets are UTF-16, half-open. */
export type TermFinding =
  | { readonly code: 'term.missing'; readonly entryId: string; readonly source: { readonly start: number; readonly end: number } }
  | { readonly code: 'term.forbidden'; readonly entryId: string; readonly target: { readonly start: number; readonly end: number } };

const patterns = new Map<string, RegExp>();

/**
 * A pattern for an English phrase: normalised like the text (case, quotes, dashes, full-width
 * forms), any run of spaces for a space, whole words only, a plural "s" or "es" allowed.
 */
function phrasePattern(phrase: string): RegExp {
  let re = patterns.get(phrase);
  if (!re) {
    const body = normalizeText(phrase.trim())
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:e?s)?(?![\\p{L}\\p{N}])`, 'gu');
    if (patterns.size > 50_000) patterns.clear();
    patterns.set(phrase, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Where an English phrase occurs in a text (UTF-16, half-open), whole words, case-insensitively. */
export function findPhrase(text: string, phrase: string, normalised = normalizeText(text)): Array<{ start: number; end: number }> {
  if (!phrase.trim()) return [];
  const found: Array<{ start: number; end: number }> = [];
  const re = phrasePattern(phrase);
  for (let m = re.exec(normalised); m; m = re.exec(normalised)) {
    found.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

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
