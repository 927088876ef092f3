import type { IndexableEntry, TermMatch } from './termIndex.js';
import { respectsBoundaries, surfaceForms } from './termIndex.js';
import { normalizeText } from './normalizeText.js';

/**
 * The obvious, slow matcher the fast one is tested against: at every position, try every form of
 * every entry, keep the longest one that fits the boundaries, then move past it. O(text × terms).
 */
export function findTermsReference(text: string, entries: readonly IndexableEntry[]): TermMatch[] {
  const normal = normalizeText(text);
  const forms: Array<{ entryId: string; text: string }> = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const form of surfaceForms(entry)) {
      if (seen.has(form)) continue;
      seen.add(form);
      forms.push({ entryId: entry.id, text: form });
    }
  }
  const matches: TermMatch[] = [];
  let i = 0;
  while (i < normal.length) {
    let best: TermMatch | null = null;
    for (const form of forms) {
      const end = i + form.text.length;
      if (normal.startsWith(form.text, i) && respectsBoundaries(text, i, end) && (!best || end > best.end)) best = { entryId: form.entryId, start: i, end };
    }
    if (best) {
      matches.push(best);
      i = best.end;
    } else i++;
  }
  return matches;
}
