import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { plainTextOf } from '../../src/document/plainText.js';
import { englishTarget } from '../../src/document/segments.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { checkTerminology, type TermFinding } from '../../src/qa/checkTerminology.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { GLOSSARY_EXTENSION } from '../../src/glossary/glossaryFile.js';
import { importGlossary } from '../../src/glossary/importGlossary.js';
import { buildTermIndex } from '../../src/glossary/termIndex.js';
import { termOccurrences } from '../../src/glossary/termOccurrences.js';
import { AppError } from '../node/appError.js';
import { STARTER_GLOSSARY } from '../node/appPaths.js';
import { newEntryId, readGlossary } from '../node/glossaryFiles.js';
import type { Command } from './index.js';
import { loadInput } from './loadInput.js';

/** One occurrence as `terms --json` lists it. */
export interface TermsOccurrence {
  readonly entryId: string;
  readonly term: string;
  readonly text: string;
  readonly unitId: string;
  readonly side: 'source' | 'target';
  readonly start: number;
  readonly end: number;
  readonly kind: 'auto' | 'manual';
}

/** The entries of a glossary file: a Duizhao glossary, or a TBX, CSV or TSV imported on the fly. */
export async function loadEntries(path: string, now: string): Promise<GlossaryEntry[]> {
  if (path.endsWith(GLOSSARY_EXTENSION)) return (await readGlossary(path)).entries;
  const data = await fs.readFile(path).catch(() => {
    throw new AppError('glossary.notFound', { path });
  });
  const imported = importGlossary(basename(path), new Uint8Array(data), {}, { makeId: newEntryId, now });
  if (!imported.ok) throw AppError.from(imported.error);
  return imported.value.entries;
}

/**
 * `duizhao terms <project-or-report> [--glossary FILE]... [--json]`: the glossary terms of a project
 * or report, with the terminology findings of its translated units. Glossaries are those named, plus
 * those a project links; with none at all, the bundled starter glossary.
 */
export const run: Command = async (args, io, t) => {
  if (args.includes('--extract')) {
    // Extraction loads the dictionary and the memory: only when asked for.
    const { runExtractTerms } = await import('./extractTerms.js');
    return runExtractTerms(args, io, t, (path) => loadInput(path, io.now()));
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { glossary: { type: 'string', short: 'g', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.out(t('cli.usageTerms')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usageTerms')), 2;
  const path = resolve(io.cwd, input);
  const project = await loadInput(path, io.now());
  const linked = project.file.glossaries.map((g) => (isAbsolute(g) ? g : resolve(dirname(path), g)));
  const named = (values.glossary ?? []).map((g) => resolve(io.cwd, g));
  const paths = [...new Set([...named, ...linked])];
  if (paths.length === 0) paths.push(STARTER_GLOSSARY);

  const now = io.now().toISOString();
  const entries = new Map<string, GlossaryEntry>();
  const glossaries: Array<{ path: string; entries: number }> = [];
  for (const g of paths) {
    const list = await loadEntries(g, now);
    glossaries.push({ path: g, entries: list.length });
    for (const e of list) if (!entries.has(e.id)) entries.set(e.id, e);
  }
  const index = buildTermIndex([...entries.values()]);

  const occurrences: TermsOccurrence[] = [];
  const findings: Array<TermFinding & { unitId: string }> = [];
  project.doc.forEach((unit, _, i) => {
    io.progress?.(t('progress.termsMatching'), i + 1, project.doc.childCount);
    const attrs = unitAttrs(unit);
    if (attrs.excluded) return;
    const source = unit.child(0);
    const target = englishTarget(unit);
    const sourceText = plainTextOf(source).text;
    const targetText = plainTextOf(target).text;
    const inSource = termOccurrences(source, index);
    for (const [side, list, text] of [
      ['source', inSource, sourceText],
      ['target', termOccurrences(target, null), targetText],
    ] as const) {
      for (const o of list) {
        occurrences.push({ entryId: o.entryId, term: entries.get(o.entryId)?.term ?? '', text: text.slice(o.start, o.end), unitId: attrs.id, side, start: o.start, end: o.end, kind: o.kind });
      }
    }
    for (const f of checkTerminology(inSource, targetText, entries)) findings.push({ ...f, unitId: attrs.id });
  });

  if (values.json) {
    io.out(JSON.stringify({ glossaries, occurrences, findings, totals: { occurrences: occurrences.length, entries: new Set(occurrences.map((o) => o.entryId)).size, findings: findings.length } }, null, 2));
    return 0;
  }
  io.out(t('cli.termsSummary', { occurrences: occurrences.length, entries: new Set(occurrences.map((o) => o.entryId)).size, glossaries: glossaries.map((g) => g.path).join(', ') }));
  for (const o of occurrences) {
    const preferred = entries.get(o.entryId)?.renderings[0] ?? '';
    io.out(`${o.unitId.padEnd(6)} ${o.side.padEnd(6)} ${String(o.start).padStart(5)}-${String(o.end).padEnd(5)} ${o.kind.padEnd(6)} ${o.text}  →  ${preferred}`);
  }
  for (const f of findings) io.out(`${f.unitId.padEnd(6)} ${f.code}: ${entries.get(f.entryId)?.term ?? f.entryId} → ${entries.get(f.entryId)?.renderings.join(' / ') ?? ''}`);
  return 0;
};
