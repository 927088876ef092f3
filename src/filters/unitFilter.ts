import type { UnitStatus } from '../document/unitAttrs.js';
import type { Finder } from '../find/findText.js';
import type { QaCheck } from '../qa/runQa.js';
import type { Severity } from '../qa/qaFinding.js';
import type { MatchBand } from '../tm/analysis.js';

/**
 * What the grid shows, as the filter bar sets it. Each part left out lets every row through; the
 * parts given must all hold (AND), the values within one part are alternatives (OR).
 */
export interface UnitFilter {
  readonly statuses?: ReadonlySet<UnitStatus>;
  /** Excluded rows: shown with the others (default), hidden, or shown alone. */
  readonly excluded?: 'show' | 'hide' | 'only';
  /** Rows with an open (not ignored) QA finding of one of these checks and severities. */
  readonly findings?: { readonly checks?: ReadonlySet<QaCheck>; readonly severities?: ReadonlySet<Severity> };
  /** Rows whose best memory match falls in one of these bands ('none': no match of 50% or more). */
  readonly bands?: ReadonlySet<Exclude<MatchBand, 'repetition'>>;
  /** Rows whose Chinese holds a term of this glossary entry. */
  readonly entryId?: string;
  /** Rows whose Chinese or English (or either) contains the text (`compileFinder`). */
  readonly contains?: { readonly finder: Finder; readonly side: 'source' | 'target' | 'either' };
}

/** A row as the filter reads it. */
export interface FilterableUnit {
  readonly id: string;
  readonly status: UnitStatus;
  readonly excluded: boolean;
  readonly source: string;
  readonly target: string;
}

/** What the filter asks of the analyses the app keeps (QA, memory, terms), by row. */
export interface FilterFacts {
  /** Open findings of a row: their check and severity. */
  findings(unitId: string): ReadonlyArray<{ readonly check: QaCheck; readonly severity: Severity }>;
  /** The band of the row's best memory match, or null while the memory is not yet consulted. */
  band(unitId: string): Exclude<MatchBand, 'repetition'> | null;
  /** Glossary entries whose terms the row's Chinese holds. */
  entryIds(unitId: string): ReadonlySet<string>;
}

/** Whether a filter lets every row through: the grid then says nothing about filtering. */
export function isEmptyFilter(filter: UnitFilter): boolean {
  return !filter.statuses?.size && (filter.excluded ?? 'show') === 'show' && !filter.findings && !filter.bands?.size && filter.entryId === undefined && !filter.contains;
}

/** Whether a row passes the filter. */
export function passes(unit: FilterableUnit, filter: UnitFilter, facts: FilterFacts): boolean {
  const excluded = filter.excluded ?? 'show';
  if (excluded === 'hide' && unit.excluded) return false;
  if (excluded === 'only' && !unit.excluded) return false;
  if (filter.statuses?.size && (unit.excluded || !filter.statuses.has(unit.status))) return false;
  if (filter.findings) {
    const { checks, severities } = filter.findings;
    const hit = facts.findings(unit.id).some((f) => (!checks?.size || checks.has(f.check)) && (!severities?.size || severities.has(f.severity)));
    if (!hit) return false;
  }
  if (filter.bands?.size) {
    const band = facts.band(unit.id);
    if (band === null || !filter.bands.has(band)) return false;
  }
  if (filter.entryId !== undefined && !facts.entryIds(unit.id).has(filter.entryId)) return false;
  if (filter.contains) {
    const { finder, side } = filter.contains;
    const inSource = side !== 'target' && finder.find(unit.source).length > 0;
    const inTarget = side !== 'source' && !inSource && finder.find(unit.target).length > 0;
    if (!inSource && !inTarget) return false;
  }
  return true;
}

/** The ids of the rows that pass, in document order. */
export function filterUnits(units: Iterable<FilterableUnit>, filter: UnitFilter, facts: FilterFacts): string[] {
  const out: string[] = [];
  for (const unit of units) if (passes(unit, filter, facts)) out.push(unit.id);
  return out;
}
