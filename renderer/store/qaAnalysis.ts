import type { Node } from 'prosemirror-model';
import type { QaFinding } from '../../src/qa/qaFinding.js';
import { createNumberModels, type NumberModels } from '../../src/qa/numberModels.js';
import { qaDocument, qaUnit, type ProjectQaFinding, type QaContext } from '../../src/qa/runQa.js';
import { reportYear } from '../../src/qa/reportYear.js';
import { projectSpellChecker } from '../../src/qa/checkSpelling.js';
import type { SpellChecker } from '../../src/spelling/spellCheck.js';
import type { Spelling } from '../app/spelling.js';
import type { GlossaryStore } from './glossaryStore.js';
import type { ProjectStore, UnitState } from './projectStore.js';

interface Cached {
  readonly version: number;
  readonly models: NumberModels | null;
  readonly spelling: SpellChecker | null;
  readonly source: Node;
  readonly target: Node;
  readonly findings: QaFinding[];
}

/**
 * QA findings of the open project, cached per unit by its nodes, the glossary version and whether
 * the number models and the spell checker are ready: after an edit only that unit is checked again.
 * The number models (Recognizers-Text, about 200 ms to build) and the English dictionary (`Spelling`,
 * about 0.2 s) are built when the window is idle after opening.
 */
export class QaAnalysis {
  private models: NumberModels | null = null;
  private cache = new Map<string, Cached>();
  private listeners = new Set<() => void>();

  /** The checker with the glossary's renderings, for the glossary version and the user's words it was made with. */
  private projectSpelling: { base: SpellChecker; version: number; checker: SpellChecker } | null = null;

  constructor(
    private readonly project: ProjectStore,
    private readonly glossaries: GlossaryStore,
    /** The English spell checker (null: no spelling check, as in tests of other checks). */
    readonly spelling: Spelling | null = null,
  ) {
    const build = (): void => {
      this.models = createNumberModels();
      this.listeners.forEach((l) => l());
      spelling?.subscribe(() => this.listeners.forEach((l) => l()));
      void spelling?.load().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(build, { timeout: 3000 });
    else setTimeout(build, 0);
  }

  /** Called once the number models are ready (the numbers check then joins the others). */
  onReady(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private context(): QaContext {
    const { index, entries } = this.glossaries.snapshot;
    // The year 今年 and 去年 refer to, from the report's dated subtitle or title.
    return { models: this.models, index, entries, spelling: this.spellChecker(), reportYear: reportYear(this.project.units.slice(0, 6).map((u) => u.source.textContent)) };
  }

  /** The spell checker that accepts the glossary's renderings and the user's words; null until loaded. */
  spellChecker(): SpellChecker | null {
    const base = this.spelling?.checker ?? null;
    if (!base) return null;
    const { version, entries } = this.glossaries.snapshot;
    if (this.projectSpelling?.base !== base || this.projectSpelling.version !== version) {
      this.projectSpelling = { base, version, checker: projectSpellChecker(base, entries.values()) };
    }
    return this.projectSpelling.checker;
  }

  private analyse(unit: UnitState): QaFinding[] {
    const version = this.glossaries.snapshot.version;
    const hit = this.cache.get(unit.attrs.id);
    const spelling = this.spellChecker();
    if (hit && hit.version === version && hit.models === this.models && hit.spelling === spelling && hit.source === unit.source && hit.target === unit.target && !unit.attrs.excluded) return hit.findings;
    const findings = qaUnit(unit.node, this.context());
    this.cache.set(unit.attrs.id, { version, models: this.models, spelling, source: unit.source, target: unit.target, findings });
    return findings;
  }

  private last: { units: UnitState[]; ignored: readonly string[]; version: number; models: NumberModels | null; spelling: SpellChecker | null; findings: ProjectQaFinding[] } | null = null;

  /** Every finding of the project (consistency included), ignored ones marked; remembered until a unit, the glossary or the ignore list changes. */
  all(): ProjectQaFinding[] {
    const units = this.project.units;
    const ignored = this.project.meta.qaIgnored;
    const version = this.glossaries.snapshot.version;
    const last = this.last;
    const spelling = this.spellChecker();
    if (last && last.ignored === ignored && last.version === version && last.models === this.models && last.spelling === spelling && last.units.length === units.length && last.units.every((u, i) => u === units[i])) {
      return last.findings;
    }
    const findings = this.compute();
    this.last = { units: [...units], ignored, version, models: this.models, spelling, findings };
    return findings;
  }

  private compute(): ProjectQaFinding[] {
    const doc = this.project.projectDoc;
    const byId = new Map(this.project.units.map((u) => [u.attrs.id, u]));
    return qaDocument(doc, this.context(), new Set(this.project.meta.qaIgnored), (node) => {
      const unit = byId.get(node.attrs['id'] as string);
      return unit && !unit.attrs.excluded ? this.analyse(unit) : [];
    });
  }

  /** The findings of one unit (without the project-wide consistency check), ignored ones marked. */
  unit(unitId: string): ProjectQaFinding[] {
    return this.all().filter((f) => f.unitId === unitId);
  }
}
