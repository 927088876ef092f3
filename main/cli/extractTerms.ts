import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import type { TermCandidateWithMemory } from '../../src/api/contract.js';
import type { LoadedProject } from '../../src/document/projectFile.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { createGlossary } from '../../src/glossary/glossaryFile.js';
import { writeTbx } from '../../src/glossary/writeTbx.js';
import { projectUnits, type TmUnit } from '../../src/tm/memoryUnit.js';
import { DICTIONARY_FILE, STARTER_GLOSSARY } from '../node/appPaths.js';
import { saveFile } from '../node/atomicWrite.js';
import { newEntryId } from '../node/glossaryFiles.js';
import { DictionaryService } from '../node/dictionaryService.js';
import { findTermCandidates } from '../node/termCandidates.js';
import type { CliIo } from './index.js';
import { readUnits, userMemory } from './memoryFiles.js';
import { loadEntries } from './terms.js';

/** Candidates as glossary entries, awaiting a decision: the rendering the memory gives, if any. */
export function candidateEntries(candidates: readonly TermCandidateWithMemory[], now: string): GlossaryEntry[] {
  return candidates.map((c) => ({
    id: newEntryId(),
    term: c.term,
    variants: [],
    renderings: c.rendering ? [c.rendering] : [],
    forbidden: [],
    definition: '',
    note: '',
    domain: '',
    tags: ['candidate', c.kind],
    status: 'proposed',
    createdAt: now,
    updatedAt: now,
  }));
}

/**
 * `duizhao terms --extract <project-or-report> [--json] [--tbx OUT] [--glossary FILE]... [--tm FILE]...
 * [--no-user-memory] [--max N]`: the phrases of a report a translator would want in the glossary,
 * ranked, each with its count, first contexts and the English the memories give it. Terms of the
 * glossaries named (or linked by the project; else the starter glossary) are left out.
 */
export async function runExtractTerms(args: string[], io: CliIo, t: TFunction, load: (path: string) => Promise<LoadedProject>, dictionaryPath = DICTIONARY_FILE): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      extract: { type: 'boolean' },
      json: { type: 'boolean' },
      tbx: { type: 'string' },
      glossary: { type: 'string', short: 'g', multiple: true, default: [] },
      tm: { type: 'string', multiple: true, default: [] },
      'no-user-memory': { type: 'boolean' },
      max: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.out(t('candidates.cli.usage')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('candidates.cli.usage')), 2;
  const max = values.max === undefined ? 100 : Number(values.max);
  if (!Number.isInteger(max) || max < 1 || max > 5000) return io.err(t('candidates.cli.badMax', { value: values.max })), 2;
  const path = resolve(io.cwd, input);
  const project = await load(path);
  const now = io.now().toISOString();

  const linked = project.file.glossaries.map((g) => (isAbsolute(g) ? g : resolve(dirname(path), g)));
  const glossaries = [...new Set([...values.glossary.map((g) => resolve(io.cwd, g)), ...linked])];
  if (glossaries.length === 0) glossaries.push(STARTER_GLOSSARY);
  const known: string[] = [];
  for (const g of glossaries) for (const e of await loadEntries(g, now)) known.push(e.term, ...e.variants);

  const memory: TmUnit[] = [...projectUnits(project.doc, project.file.source.fileName)];
  for (const file of values.tm) memory.push(...(await readUnits(resolve(io.cwd, file), {})).value.units);
  if (!values['no-user-memory']) memory.push(...(await userMemory(io).read()).units);

  const result = findTermCandidates(project.doc, { dictionary: new DictionaryService(dictionaryPath), known, memory, max });
  if (values.tbx) {
    const out = resolve(io.cwd, values.tbx);
    await saveFile(out, writeTbx(createGlossary(t('candidates.tbxName', { name: project.file.source.fileName }), candidateEntries(result.candidates, now))));
    if (!values.json) io.err(t('candidates.cli.wroteTbx', { path: out, count: result.candidates.length }));
  }
  if (values.json) {
    io.out(JSON.stringify({ glossaries, ...result }, null, 2));
    return 0;
  }
  io.out(t('candidates.cli.summary', { count: result.candidates.length, known: result.known, memory: result.memoryUnits }));
  result.candidates.forEach((c, i) => {
    const first = c.contexts[0];
    const context = first ? `${first.before}【${c.term}】${first.after}`.replace(/\s+/g, ' ') : '';
    io.out(`${String(i + 1).padStart(3)}. ${c.term}  ×${c.count}  ${t(`candidates.kind.${c.kind}`)}${c.rendering ? `  → ${c.rendering}` : ''}`);
    if (context) io.out(`     ${context}`);
  });
  return 0;
}
