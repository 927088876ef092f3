import type { FindMatch, Finder } from './findText.js';

/** A paragraph as search sees it: its plain texts (`plainTextOf`), and whether it is excluded. */
export interface SearchableUnit {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly excluded: boolean;
}

/** An occurrence in a paragraph's Chinese (`source`) or English (`target`). */
export interface ProjectMatch extends FindMatch {
  readonly unitId: string;
  readonly side: 'source' | 'target';
}

/**
 * Every occurrence in the project, in document order: in the English, or in the Chinese, of every
 * paragraph not excluded, or only of those in `scope` (the selected rows). Rows off screen are searched
 * like any other: search reads the document, not the page.
 */
export function findInProject(units: Iterable<SearchableUnit>, finder: Finder, side: 'source' | 'target', scope?: ReadonlySet<string>): ProjectMatch[] {
  const out: ProjectMatch[] = [];
  for (const unit of units) {
    if (unit.excluded || (scope && !scope.has(unit.id))) continue;
    for (const m of finder.find(unit[side])) out.push({ unitId: unit.id, side, start: m.start, end: m.end });
  }
  return out;
}
