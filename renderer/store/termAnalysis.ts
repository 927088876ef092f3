import type { Node } from 'prosemirror-model';
import { plainTextOf } from '../../src/document/plainText.js';
import { checkTerminology, type TermFinding } from '../../src/qa/checkTerminology.js';
import { orderedEntryIds, termOccurrences, type TermOccurrence } from '../../src/glossary/termOccurrences.js';
import type { GlossaryStore } from './glossaryStore.js';
import { unitState, type ProjectStore, type UnitState } from './projectStore.js';

interface Cached {
  readonly version: number;
  readonly source: Node;
  readonly occurrences: TermOccurrence[];
  /** The terminology findings, checked when first asked for, against this English. */
  checked: { readonly target: Node; readonly findings: TermFinding[] } | null;
}

/** A finding with the unit it belongs to. */
export interface UnitFinding {
  readonly unitId: string;
  readonly finding: TermFinding;
}

/**
 * Terms and terminology findings per unit, cached by the unit's nodes and the glossary version: a
 * unit is analysed again only when its text or the glossary changed. Excluded units have none. The
 * terms depend on the Chinese only, so typing in the English looks up nothing (the term highlights,
 * predictive typing and the Paragraph tab ask for them on every keystroke); its findings are checked
 * again when they are asked for.
 */
export class TermAnalysis {
  private cache = new Map<string, Cached>();

  constructor(
    private readonly project: ProjectStore,
    private readonly glossaries: GlossaryStore,
  ) {}

  /** The number of times a unit's Chinese was looked up in the term index (a test counts them). */
  lookups = 0;

  private analyse(unit: UnitState): Cached {
    const { version, index } = this.glossaries.snapshot;
    const hit = this.cache.get(unit.attrs.id);
    if (hit && hit.version === version && hit.source === unit.source) return hit;
    this.lookups++;
    const fresh: Cached = { version, source: unit.source, occurrences: termOccurrences(unit.source, index), checked: null };
    this.cache.set(unit.attrs.id, fresh);
    return fresh;
  }

  private check(unit: UnitState): TermFinding[] {
    const analysed = this.analyse(unit);
    if (unit.attrs.excluded) return [];
    if (analysed.checked?.target !== unit.target) {
      analysed.checked = { target: unit.target, findings: checkTerminology(analysed.occurrences, plainTextOf(unit.target).text, this.glossaries.snapshot.entries) };
    }
    return analysed.checked.findings;
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
    return unit ? this.check(unit) : [];
  }

  /** Every finding of the project, in document order. */
  allFindings(): UnitFinding[] {
    const all: UnitFinding[] = [];
    for (const unit of this.project.units) for (const finding of this.check(unit)) all.push({ unitId: unit.attrs.id, finding });
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
