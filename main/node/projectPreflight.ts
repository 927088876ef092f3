import type { LoadedProject } from '../../src/document/projectFile.js';
import { runPreflight, type Preflight } from '../../src/export/preflight/runPreflight.js';
import type { PreflightTarget } from '../../src/export/preflight/preflightItem.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { buildTermIndex } from '../../src/glossary/termIndex.js';
import { createNumberModels, type NumberModels } from '../../src/qa/numberModels.js';
import { qaDocument } from '../../src/qa/runQa.js';
import { readGlossary } from './glossaryFiles.js';

let models: NumberModels | null = null;

/** The number models, built once per process on first use. Callers import this module lazily: Recognizers-Text is heavy. */
function numberModels(): NumberModels {
  models ??= createNumberModels();
  return models;
}

/** The entries of the glossaries at these paths, first one wins for an id; unreadable ones are named in `skipped`. */
export async function readEntries(paths: readonly string[]): Promise<{ entries: Map<string, GlossaryEntry>; skipped: string[] }> {
  const entries = new Map<string, GlossaryEntry>();
  const skipped: string[] = [];
  for (const path of paths) {
    const glossary = await readGlossary(path).catch(() => null);
    if (!glossary) skipped.push(path);
    for (const e of glossary?.entries ?? []) if (!entries.has(e.id)) entries.set(e.id, e);
  }
  return { entries, skipped };
}

/**
 * The preflight of a project before an export, as the app and the command line run it: every QA check
 * with the project's glossaries (the ignore list honoured), then the preflight checks.
 */
export async function projectPreflight(project: LoadedProject, glossaryPaths: readonly string[], target: PreflightTarget): Promise<Preflight & { readonly entries: ReadonlyMap<string, GlossaryEntry>; readonly skipped: readonly string[] }> {
  const { entries, skipped } = await readEntries(glossaryPaths);
  const index = entries.size ? buildTermIndex([...entries.values()]) : null;
  const findings = qaDocument(project.doc, { models: numberModels(), index, entries }, new Set(project.file.qaIgnored));
  return { ...runPreflight({ doc: project.doc, target, findings, index, entries }), entries, skipped };
}
