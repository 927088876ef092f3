import type { Node } from 'prosemirror-model';
import type { GlossaryEntry } from '../../glossary/glossaryEntry.js';
import type { TermIndex } from '../../glossary/termIndex.js';
import type { ProjectQaFinding } from '../../qa/runQa.js';

/** The deliverables a preflight runs before: the PDF, the bilingual Word file, the review table, XLIFF, TMX. */
export const PREFLIGHT_TARGETS = ['pdf', 'docx', 'reviewDocx', 'xliff', 'tmx'] as const;
export type PreflightTarget = (typeof PREFLIGHT_TARGETS)[number];

/** An error stops a strict export (`--strict`); a warning is shown and the export may go on. */
export type PreflightSeverity = 'error' | 'warning';

/**
 * One thing to look at before delivering: a code (the UI's and the CLI's words come from the locale,
 * `preflight.items.<code>`), its parameters, and the paragraph it concerns (null for the whole project).
 */
export interface PreflightItem {
  readonly code: string;
  readonly severity: PreflightSeverity;
  readonly params: Readonly<Record<string, string | number>>;
  readonly unitId: string | null;
}

/** What the checks read: the document, the QA findings of the whole project, the glossary, and what is being exported. */
export interface PreflightInput {
  readonly doc: Node;
  readonly target: PreflightTarget;
  /** Every QA finding of the project (`qaDocument`), ignored ones marked. */
  readonly findings: readonly ProjectQaFinding[];
  readonly index: TermIndex | null;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
}

/** One check of the preflight: a name (its group in the list) and a function from the input to items. */
export interface PreflightCheck {
  readonly name: string;
  readonly run: (input: PreflightInput) => PreflightItem[];
}
