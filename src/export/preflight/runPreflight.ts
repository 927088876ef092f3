import { missingRenderings } from './missingRenderings.js';
import { openFindings } from './openFindings.js';
import type { PreflightCheck, PreflightInput, PreflightItem } from './preflightItem.js';
import { trackedChangesPending } from './trackedChangesPending.js';
import { unfinishedUnits } from './unfinishedUnits.js';

/** The checks run before every export, in the order the list shows them; a new check is one more entry here. */
export const PREFLIGHT_CHECKS: readonly PreflightCheck[] = [openFindings, unfinishedUnits, trackedChangesPending, missingRenderings];

/** The result of a preflight: its items, in check order then document order, and how many of each severity. */
export interface Preflight {
  readonly items: readonly PreflightItem[];
  readonly errors: number;
  readonly warnings: number;
}

/** Runs the preflight checks over a project before an export. Pure: the QA findings and glossary come in. */
export function runPreflight(input: PreflightInput, checks: readonly PreflightCheck[] = PREFLIGHT_CHECKS): Preflight {
  const items = checks.flatMap((check) => check.run(input));
  return { items, errors: items.filter((i) => i.severity === 'error').length, warnings: items.filter((i) => i.severity === 'warning').length };
}
