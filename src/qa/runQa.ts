import type { Node } from 'prosemirror-model';
import { plainTextOf } from '../document/plainText.js';
import { unitAttrs } from '../document/unitAttrs.js';
import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import type { TermIndex } from '../glossary/termIndex.js';
import type { SpellChecker } from '../spelling/spellCheck.js';
import { termOccurrences } from '../glossary/termOccurrences.js';
import { checkCompleteness } from './checkCompleteness.js';
import { checkConsistency, type QaUnit, type UnitQaFinding } from './checkConsistency.js';
import { checkForm } from './checkForm.js';
import { checkNumbers } from './checkNumbers.js';
import { checkSpelling } from './checkSpelling.js';
import { checkTerminology } from './checkTerminology.js';
import { chineseQuantities } from './chineseQuantities.js';
import { englishQuantities } from './englishQuantities.js';
import { impliedQuantities } from './impliedQuantities.js';
import type { NumberModels } from './numberModels.js';
import type { QaFinding } from './qaFinding.js';
import { reportYear } from './reportYear.js';
import { fnv1a } from '../util/fingerprint.js';

/** What the checks need besides the text: the number models, the glossary, and the year of the report. */
export interface QaContext {
  /** The number models; null while they are still being built (the numbers check is then skipped). */
  readonly models: NumberModels | null;
  readonly index: TermIndex | null;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  /**
   * The year the report was delivered (`reportYear` of its Chinese), which 今年 and 去年 refer to;
   * absent or null when unknown. `qaDocument` finds it itself when it is absent.
   */
  readonly reportYear?: number | null;
  /**
   * The English spell checker, accepting the glossary's renderings and the user's words
   * (`projectSpellChecker`); absent or null while the dictionary loads (the check is then skipped).
   */
  readonly spelling?: SpellChecker | null;
}

/** The numbers check of one unit's texts: the quantities of both sides, with the years the Chinese implies. */
export function checkUnitNumbers(source: string, target: string, models: NumberModels, year: number | null = null): QaFinding[] {
  const chinese = chineseQuantities(source, models);
  return checkNumbers([...chinese, ...impliedQuantities(source, chinese, year)], englishQuantities(target, models));
}

/** The checks, in the order the panel groups them. */
export const QA_CHECKS = ['numbers', 'completeness', 'consistency', 'form', 'terminology', 'spelling'] as const;
export type QaCheck = (typeof QA_CHECKS)[number];

/** Which check a finding code belongs to. */
export function checkOf(code: string): QaCheck {
  if (code.startsWith('qa.number.')) return 'numbers';
  if (code.startsWith('term.')) return 'terminology';
  if (code === 'qa.spelling') return 'spelling';
  if (code === 'qa.inconsistentTarget' || code === 'qa.inconsistentSource') return 'consistency';
  if (code === 'qa.doubleSpace' || code === 'qa.edgeSpace' || code === 'qa.lowercaseStart') return 'form';
  return 'completeness';
}

/**
 * All checks of one unit but the project-wide consistency check: numbers by value, completeness,
 * form, terminology (a missing rendering is a warning, a forbidden one an error) and spelling. Excluded units
 * have no findings, nor have untranslated ones.
 */
export function qaUnit(unit: Node, context: QaContext): QaFinding[] {
  if (unitAttrs(unit).excluded) return [];
  const source = plainTextOf(unit.child(0)).text;
  const target = plainTextOf(unit.child(1)).text;
  const completeness = checkCompleteness(source, target);
  if (!target.trim()) return completeness;
  const terms: QaFinding[] = checkTerminology(termOccurrences(unit.child(0), context.index), target, context.entries).map((f) =>
    f.code === 'term.missing'
      ? { code: f.code, severity: 'warning', params: { entryId: f.entryId }, source: f.source }
      : { code: f.code, severity: 'error', params: { entryId: f.entryId }, target: f.target },
  );
  const models = context.models;
  return [
    ...(models ? checkUnitNumbers(source, target, models, context.reportYear ?? null) : []),
    ...completeness,
    ...checkForm(source, target),
    ...terms,
    ...(context.spelling ? checkSpelling(target, context.spelling) : []),
  ];
}

/**
 * The fingerprint of a finding: its unit, its code and parameters, and the unit's text. Ignoring a
 * finding stores this; when the text changes, the fingerprint does, and the finding comes back.
 */
export function findingKey(unitId: string, source: string, target: string, finding: QaFinding): string {
  const where = `${finding.source?.start ?? ''}-${finding.source?.end ?? ''}:${finding.target?.start ?? ''}-${finding.target?.end ?? ''}`;
  return `${finding.code}:${fnv1a([unitId, source, target, JSON.stringify(finding.params), where].join('\u0000'))}`;
}

/** A finding of the whole-project run, with its fingerprint and whether the user ignored it. */
export interface ProjectQaFinding extends UnitQaFinding {
  readonly key: string;
  readonly ignored: boolean;
}

/** Runs every check over a document: per unit, then consistency across units; ignored findings are marked, not dropped. */
export function qaDocument(doc: Node, context: QaContext, ignored: ReadonlySet<string>, unitFindings?: (unit: Node) => QaFinding[]): ProjectQaFinding[] {
  const out: ProjectQaFinding[] = [];
  const sources: string[] = [];
  if (context.reportYear === undefined) for (let i = 0; i < Math.min(6, doc.childCount); i++) sources.push(plainTextOf(doc.child(i).child(0)).text);
  const withYear: QaContext = context.reportYear === undefined ? { ...context, reportYear: reportYear(sources) } : context;
  const findingsOf = unitFindings ?? ((u: Node) => qaUnit(u, withYear));
  const units: QaUnit[] = [];
  const texts = new Map<string, { source: string; target: string }>();
  doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    const source = plainTextOf(unit.child(0)).text;
    const target = plainTextOf(unit.child(1)).text;
    texts.set(attrs.id, { source, target });
    if (!attrs.excluded) units.push({ id: attrs.id, source, target });
    for (const f of findingsOf(unit)) {
      const key = findingKey(attrs.id, source, target, f);
      out.push({ ...f, unitId: attrs.id, key, ignored: ignored.has(key) });
    }
  });
  for (const f of checkConsistency(units)) {
    const t = texts.get(f.unitId) ?? { source: '', target: '' };
    const key = findingKey(f.unitId, t.source, t.target, f);
    out.push({ ...f, key, ignored: ignored.has(key) });
  }
  return out;
}
