import type { QaFinding } from './qaFinding.js';

/** A unit as the project-wide checks see it. */
export interface QaUnit {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** A finding of one unit. */
export interface UnitQaFinding extends QaFinding {
  readonly unitId: string;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Consistency across the project: the same Chinese paragraph translated differently in two places
 * (warning, on the later one, naming the first), and the same English given for different Chinese
 * (warning). Only translated units are compared.
 */
export function checkConsistency(units: readonly QaUnit[]): UnitQaFinding[] {
  const findings: UnitQaFinding[] = [];
  const bySource = new Map<string, QaUnit>();
  const byTarget = new Map<string, QaUnit>();
  for (const u of units) {
    const source = norm(u.source);
    const target = norm(u.target);
    if (!target || !source) continue;
    const earlier = bySource.get(source);
    if (earlier && norm(earlier.target) !== target) findings.push({ unitId: u.id, code: 'qa.inconsistentTarget', severity: 'warning', params: { other: earlier.id } });
    else if (!earlier) bySource.set(source, u);
    const twin = byTarget.get(target);
    if (twin && norm(twin.source) !== source) findings.push({ unitId: u.id, code: 'qa.inconsistentSource', severity: 'warning', params: { other: twin.id } });
    else if (!twin) byTarget.set(target, u);
  }
  return findings;
}
