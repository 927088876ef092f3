import type { QaFinding } from '../../qa/qaFinding.js';
import type { PreflightCheck, PreflightItem } from './preflightItem.js';

/**
 * Open QA errors and warnings: every finding the translator has not ignored, info notes aside
 * (untranslated paragraphs are the `unfinished` check's: QA has no finding for them). The item carries the finding's code and
 * parameters (`finding`, then the finding's own), so the UI and the CLI word it as the QA panel does.
 */
export const openFindings: PreflightCheck = {
  name: 'findings',
  run: ({ findings }) =>
    findings
      .filter((f) => !f.ignored && f.severity !== 'info')
      .map((f) => ({ code: 'finding', severity: f.severity === 'error' ? 'error' : 'warning', params: { ...flatParams(f.params), finding: f.code, key: f.key }, unitId: f.unitId })),
};

function flatParams(params: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

/** The QA finding a `finding` item carries in its parameters, to be worded as the QA panel words it. */
export function findingOf(item: PreflightItem): QaFinding {
  const { finding, key: _key, ...params } = item.params;
  return { code: String(finding), severity: item.severity, params };
}
