import type { QaFinding } from './qaFinding.js';

/**
 * Form of one unit's English: runs of two or more spaces (info), space at its start or end that the
 * Chinese does not have (info), a sentence that starts in lower case (warning).
 */
export function checkForm(source: string, target: string): QaFinding[] {
  if (!target.trim()) return [];
  const findings: QaFinding[] = [];
  for (const m of target.matchAll(/ {2,}/g)) findings.push({ code: 'qa.doubleSpace', severity: 'info', params: {}, target: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length } });
  const lead = /^\s+/.exec(target)?.[0].length ?? 0;
  const trail = /\s+$/.exec(target)?.[0].length ?? 0;
  if (lead && !/^\s/.test(source)) findings.push({ code: 'qa.edgeSpace', severity: 'info', params: { where: 'start' }, target: { start: 0, end: lead } });
  if (trail && !/\s$/.test(source)) findings.push({ code: 'qa.edgeSpace', severity: 'info', params: { where: 'end' }, target: { start: target.length - trail, end: target.length } });
  // Sentence starts: the beginning, and after . ! ? (and a closing quote) followed by space.
  for (const m of target.matchAll(/(?:^\s*|[.!?]["”’)]?\s+)([a-z])/g)) {
    const at = (m.index ?? 0) + m[0].length - 1;
    // "e.g. the" and "i.e. which" are not sentence ends.
    if (/\b(e\.g|i\.e|etc|vs|No|approx)\.\s+[a-z]$/.test(target.slice(Math.max(0, at - 8), at + 1))) continue;
    findings.push({ code: 'qa.lowercaseStart', severity: 'warning', params: { text: target.slice(at, at + 12) }, target: { start: at, end: at + 1 } });
  }
  return findings;
}
