import { normalizeText } from './normalizeText.js';

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
