import { randomUUID } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import type { LoadedProject } from '../../src/document/projectFile.js';
import { readMemoryImport } from '../../src/tm/importMemory.js';
import { addToMemory, projectUnits, type TmUnit } from '../../src/tm/memoryUnit.js';
import { mergeXliff } from '../../src/tm/mergeXliff.js';
import { applyPretranslation, planPretranslation } from '../../src/tm/pretranslate.js';
import { TmIndex } from '../../src/tm/tmIndex.js';
import { writeTmx } from '../../src/tm/tmx.js';
import { readXliff } from '../../src/tm/xliff.js';
import { AppError } from '../node/appError.js';
import { appVersion } from '../node/appPaths.js';
import { saveFile } from '../node/atomicWrite.js';
import { readInterchangeFile } from '../node/readInputFile.js';
import { defaultDataDir } from '../node/dataDir.js';
import { MEMORY_FILE_NAME, MemoryStore } from '../node/memoryStore.js';
import { writeProject } from '../node/projectStore.js';
import type { CliIo } from './index.js';
import { runReviewMerge } from './review.js';

const userMemory = (io: CliIo): MemoryStore => new MemoryStore(join(io.dataDir ?? defaultDataDir(), MEMORY_FILE_NAME));

/** Reads a TMX or XLIFF file as memory units, or throws its problem. */
async function readUnits(path: string, pair: { sourceLang?: string; targetLang?: string }): Promise<ReturnType<typeof readMemoryImport> & { ok: true }> {
  const read = readMemoryImport(basename(path), await readInterchangeFile(path), pair);
  if (!read.ok) throw AppError.from(read.error);
  return read;
}

/** `duizhao tm import <file.tmx|.xlf> [--source L] [--target L] [--json]`, `tm export <out.tmx>`, `tm info [--json]`. */
export async function runTm(args: string[], io: CliIo, t: TFunction): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { source: { type: 'string' }, target: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || !sub) return io.out(t('cli.usageTm')), values.help ? 0 : 2;
  const store = userMemory(io);
  if (sub === 'import') {
    const input = positionals[0];
    if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usageTm')), 2;
    const path = resolve(io.cwd, input);
    const read = await readUnits(path, { ...(values.source ? { sourceLang: values.source } : {}), ...(values.target ? { targetLang: values.target } : {}) });
    const at = io.now().toISOString();
    const result = await store.update((m) => {
      const r = addToMemory(m, read.value.units, basename(path), at);
      return { memory: r.memory, result: { added: r.added, duplicates: r.duplicates, total: r.memory.units.length } };
    });
    const summary = { file: path, memory: store.path, format: read.value.format, sourceLang: read.value.sourceLang, targetLang: read.value.targetLang, skipped: read.value.skipped, ...result };
    if (values.json) io.out(JSON.stringify(summary, null, 2));
    else io.out(t('cli.tmImported', { name: basename(path), ...summary, source: summary.sourceLang, target: summary.targetLang }));
    return 0;
  }
  if (sub === 'export') {
    const output = positionals[0];
    if (!output) return io.err(t('cli.missingFile')), io.err(t('cli.usageTm')), 2;
    const memory = await store.read();
    const path = resolve(io.cwd, output);
    await saveFile(path, writeTmx(memory.units, { sourceLang: 'zh-CN', version: appVersion(), now: io.now().toISOString() }));
    io.out(t('cli.tmxWritten', { output: path, count: memory.units.length }));
    return 0;
  }
  if (sub === 'info') {
    const memory = await store.read();
    if (values.json) io.out(JSON.stringify({ memory: store.path, units: memory.units.length, imports: memory.imports }, null, 2));
    else io.out(t('cli.tmInfo', { path: store.path, count: memory.units.length, imports: memory.imports.length }));
    return 0;
  }
  io.err(t('cli.unknownCommand', { command: `tm ${sub}` }));
  io.err(t('cli.usageTm'));
  return 2;
}

/** `duizhao merge <project> <translated.xlf> [-o out.duizhao] [--json]`: refused XLIFF changes nothing. */
export async function runMerge(args: string[], io: CliIo, t: TFunction, load: (path: string) => Promise<LoadedProject>): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.out(t('cli.usageMerge')), 0;
  const [projectArg, xliffArg] = positionals;
  if (!projectArg || !xliffArg) return io.err(t('cli.usageMerge')), 2;
  const projectPath = resolve(io.cwd, projectArg);
  if (xliffArg.toLowerCase().endsWith('.docx')) return runReviewMerge(projectPath, xliffArg, values.output, values.json === true, io, t, load);
  const project = await load(projectPath);
  const read = readXliff(await readInterchangeFile(resolve(io.cwd, xliffArg)));
  if (!read.ok) throw AppError.from(read.error);
  const merged = mergeXliff(project, read.value, { now: io.now().toISOString(), newId: () => `n${randomUUID().replaceAll('-', '')}` });
  if (!merged.ok) throw AppError.from(merged.error);
  const output = resolve(io.cwd, values.output ?? projectPath);
  await writeProject(output, { ...merged.value.file, savedAt: io.now().toISOString() });
  if (values.json) io.out(JSON.stringify({ output, ...merged.value.summary }, null, 2));
  else io.out(t('cli.merged', { output, ...merged.value.summary }));
  return 0;
}

/**
 * `duizhao pretranslate <project> [--tm FILE]... [--no-user-memory] [-o out] [--json]`: fills
 * untranslated paragraphs from exact matches in the project's own confirmed translations, the
 * given TMX/XLIFF files and the user's memory, in that order.
 */
export async function runPretranslate(args: string[], io: CliIo, t: TFunction, load: (path: string) => Promise<LoadedProject>): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      tm: { type: 'string', multiple: true, default: [] },
      'no-user-memory': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.out(t('cli.usagePretranslate')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usagePretranslate')), 2;
  const path = resolve(io.cwd, input);
  const project = await load(path);
  const indexes: TmIndex[] = [new TmIndex(projectUnits(project.doc, project.file.source.fileName))];
  for (const file of values.tm) indexes.push(new TmIndex((await readUnits(resolve(io.cwd, file), {})).value.units));
  if (!values['no-user-memory']) {
    const units: TmUnit[] = (await userMemory(io).read()).units;
    indexes.push(new TmIndex(units));
  }
  const plan = planPretranslation(project.doc, indexes);
  const output = resolve(io.cwd, values.output ?? (path.endsWith('.duizhao') ? path : `${path.replace(/\.[^.]+$/, '')}.duizhao`));
  if (plan.fills.size) {
    const doc = applyPretranslation(project.doc, plan.fills, io.now().getTime());
    await writeProject(output, { ...project.file, savedAt: io.now().toISOString(), doc: doc.toJSON() as Record<string, unknown> });
  }
  const summary = { output: plan.fills.size ? output : null, filled: plan.fills.size, untranslated: plan.untranslated, memories: indexes.map((i) => i.size) };
  if (values.json) io.out(JSON.stringify(summary, null, 2));
  else io.out(t('cli.pretranslated', { filled: plan.fills.size, untranslated: plan.untranslated, output: summary.output ?? '—' }));
  return 0;
}
