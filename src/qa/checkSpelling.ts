import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import type { SpellChecker } from '../spelling/spellCheck.js';
import type { QaFinding } from './qaFinding.js';

/** Misspelt words of a unit's English: a warning each, the word as parameter and its span. */
export function checkSpelling(target: string, checker: SpellChecker): QaFinding[] {
  return checker.misspellings(target).map((m) => ({ code: 'qa.spelling', severity: 'warning', params: { word: m.word }, target: { start: m.start, end: m.end } }));
}

/** The checker for a project: every rendering of its glossaries is a correct spelling, as are the user's own words. */
export function projectSpellChecker(checker: SpellChecker, entries: Iterable<GlossaryEntry>, userWords: Iterable<string> = []): SpellChecker {
  const accepted: string[] = [...userWords];
  for (const entry of entries) accepted.push(...entry.renderings);
  return checker.accepting(accepted);
}
