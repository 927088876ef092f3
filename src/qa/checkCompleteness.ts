import type { QaFinding } from './qaFinding.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/g;
/** Chinese punctuation with no place in English. Curly quotes are not among them: English uses the same “ ” ‘ ’. */
const FULL_WIDTH = /[，。；：（）【】《》、！？]+/g;
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['“', '”'],
  ['‘', '’'],
];

/**
 * Completeness of one unit's English, once it has some (an untranslated paragraph is progress, shown by
 * the status and the progress bar, not a finding): identical to the Chinese
 * (error); Chinese characters or full-width punctuation left in it (warning, with their spans);
 * brackets or curly quotes that do not balance, and an odd number of straight double quotes (warning).
 */
export function checkCompleteness(source: string, target: string): QaFinding[] {
  if (!target.trim()) return [];
  const findings: QaFinding[] = [];
  if (target.trim() === source.trim()) findings.push({ code: 'qa.identical', severity: 'error', params: {} });
  for (const m of target.matchAll(CJK)) findings.push({ code: 'qa.cjkInTarget', severity: 'warning', params: { text: m[0] }, target: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length } });
  for (const m of target.matchAll(FULL_WIDTH)) findings.push({ code: 'qa.fullWidthPunctuation', severity: 'warning', params: { text: m[0] }, target: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length } });
  for (const [open, close] of PAIRS) {
    let depth = 0;
    let at = -1;
    // Most paragraphs have none of a pair: skip the walk.
    if (!target.includes(open) && !target.includes(close)) continue;
    for (let i = 0; i < target.length; i++) {
      if (target[i] === open) {
        if (depth === 0) at = i;
        depth++;
      } else if (target[i] === close) {
        depth--;
        if (depth < 0) {
          findings.push({ code: 'qa.unbalanced', severity: 'warning', params: { open, close }, target: { start: i, end: i + 1 } });
          depth = 0;
        }
      }
    }
    if (depth > 0) findings.push({ code: 'qa.unbalanced', severity: 'warning', params: { open, close }, target: { start: at, end: at + 1 } });
  }
  if ((target.match(/"/g) ?? []).length % 2 === 1) {
    const at = target.lastIndexOf('"');
    findings.push({ code: 'qa.unbalanced', severity: 'warning', params: { open: '"', close: '"' }, target: { start: at, end: at + 1 } });
  }
  return findings;
}
