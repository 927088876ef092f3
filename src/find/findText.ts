import type { Problem, Result } from '../util/result.js';

/** What to look for, as the Find and replace bar sets it. */
export interface FindQuery {
  readonly text: string;
  readonly matchCase: boolean;
  readonly wholeWords: boolean;
  readonly regex: boolean;
}

/** One occurrence: UTF-16 offsets into the searched text, half-open. */
export interface FindMatch {
  readonly start: number;
  readonly end: number;
}

export type FindProblemCode = 'find.badPattern' | 'find.emptyMatch';

/** The most matches one text yields: a pattern like `.` on a long report stays responsive. */
export const MAX_MATCHES_PER_TEXT = 10_000;

/** A compiled query: finds occurrences and computes a replacement, identically in every text. */
export interface Finder {
  readonly query: FindQuery;
  find(text: string): FindMatch[];
  /**
   * The replacement for one match of `text`: the replacement text as typed, or with `$1`, `$<name>`,
   * `$&` and `$$` expanded for a regular expression (JavaScript's own rules).
   */
  replacement(text: string, match: FindMatch, replaceWith: string): string;
}

/**
 * Compiles a query. Plain text is searched literally; whole words means no letter or digit right
 * before or after the match (so "plan" does not match in "plans" or "planning", and works for
 * Chinese text too, where a "word" is any run of letters); a regular expression uses JavaScript's
 * syntax with the `u` flag. A pattern that does not compile, or one that matches the empty string
 * (`a*`, `^`), is refused with a sentence: replacing empty matches would insert text everywhere.
 */
export function compileFinder(query: FindQuery): Result<Finder, Problem<FindProblemCode>> {
  const source = query.regex ? query.text : query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bounded = query.wholeWords ? `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])` : source;
  let pattern: RegExp;
  try {
    pattern = new RegExp(bounded, `gu${query.matchCase ? '' : 'i'}`);
  } catch (error) {
    return { ok: false, error: { code: 'find.badPattern', params: { detail: error instanceof Error ? error.message : String(error) } } };
  }
  if (query.text === '' || pattern.test('')) return { ok: false, error: { code: 'find.emptyMatch', params: {} } };
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', 'y'));
  const finder: Finder = {
    query,
    find(text) {
      const out: FindMatch[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m && out.length < MAX_MATCHES_PER_TEXT; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        out.push({ start: m.index, end: m.index + m[0].length });
      }
      return out;
    },
    replacement(text, match, replaceWith) {
      if (!query.regex) return replaceWith;
      // The match again, where it stands, so lookarounds see the whole text and groups are its own.
      sticky.lastIndex = match.start;
      const m = sticky.exec(text);
      if (!m) return replaceWith;
      return expand(replaceWith, m);
    },
  };
  return { ok: true, value: finder };
}

/** `String.prototype.replace`'s expansion of `$&`, `$1`…`$99`, `$<name>` and `$$` for one match. */
function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\$|&|<([^>]*)>|\d{1,2})/g, (all, what: string, name: string | undefined) => {
    if (what === '$') return '$';
    if (what === '&') return m[0];
    if (name !== undefined) return m.groups?.[name] ?? '';
    const n = Number(what);
    return n >= 1 && n < m.length ? (m[n] ?? '') : all;
  });
}

/** A text with every match replaced (for one unit), and how many were. Matches must be sorted and apart. */
export function replaceAll(text: string, finder: Finder, replaceWith: string): { text: string; count: number } {
  const matches = finder.find(text);
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + finder.replacement(text, m, replaceWith);
    at = m.end;
  }
  return { text: out + text.slice(at), count: matches.length };
}
