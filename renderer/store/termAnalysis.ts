import type { Node } from 'prosemirror-model';
import { plainTextOf } from '../../src/document/plainText.js';
import { checkTerminology, type TermFinding } from '../../src/qa/checkTerminology.js';
import { orderedEntryIds, termOccurrences, type TermOccurrence } from '../../src/glossary/termOccurrences.js';
import type { GlossaryStore } from './glossaryStore.js';
import { unitState, type ProjectStore, type UnitState } from './projectStore.js';

interface Cached {
  readonly version: number;
  readonly source: Node;
  readonly target: Node;
  readonly occurrences: TermOccurrence[];
  readonly findings: TermFinding[];
}

/** A finding with the unit it belongs to. */
export interface UnitFinding {
  readonly unitId: string;
  readonly finding: TermFinding;
}

/**
 * Terms and terminology findings per unit, cached by the unit's nodes and the glossary version: a
 * unit is analysed again only when its text or the glossary changed. Excluded units have none.
 */
export class TermAnalysis {
  private cache = new Map<string, Cached>();

  constructor(
    private readonly project: ProjectStore,
    private readonly glossaries: GlossaryStore,
  ) {}

  private analyse(unit: UnitState): Cached {
    const { version, index, entries } = this.glossaries.snapshot;
    const hit = this.cache.get(unit.attrs.id);
    if (hit && hit.version === version && hit.source === unit.source && hit.target === unit.target) return hit;
    const occurrences = termOccurrences(unit.source, index);
    const findings = unit.attrs.excluded ? [] : checkTerminology(occurrences, plainTextOf(unit.target).text, entries);
    const fresh = { version, source: unit.source, target: unit.target, occurrences, findings };
    this.cache.set(unit.attrs.id, fresh);
    return fresh;
  }

  /** The glossary terms in a unit's Chinese. */
  occurrences(unitId: string): TermOccurrence[] {
    const unit = this.project.unit(unitId);
    return unit ? this.analyse(unit).occurrences : [];
  }

  /** The glossary terms in a unit node's Chinese (what the editor's term highlights show). */
  occurrencesOf(unit: Node): TermOccurrence[] {
    return this.analyse(unitState(unit)).occurrences;
  }

  /** The distinct entries of a unit in order of first occurrence: Ctrl+1 is the first. */
  orderedEntries(unitId: string): string[] {
    return orderedEntryIds(this.occurrences(unitId));
  }

  findings(unitId: string): TermFinding[] {
    const unit = this.project.unit(unitId);
    return unit ? this.analyse(unit).findings : [];
  }

  /** Every finding of the project, in document order. */
  allFindings(): UnitFinding[] {
    const all: UnitFinding[] = [];
    for (const unit of this.project.units) for (const finding of this.analyse(unit).findings) all.push({ unitId: unit.attrs.id, finding });
    return all;
  }

  /** How often each entry occurs in the report's Chinese (excluded units left out). */
  entryCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const unit of this.project.units) {
      if (unit.attrs.excluded) continue;
      for (const o of this.analyse(unit).occurrences) counts.set(o.entryId, (counts.get(o.entryId) ?? 0) + 1);
    }
    return counts;
  }

  /** The units where an entry occurs, in order. */
  unitsWith(entryId: string): string[] {
    return this.project.units.filter((u) => !u.attrs.excluded && this.analyse(u).occurrences.some((o) => o.entryId === entryId)).map((u) => u.attrs.id);
  }
}
