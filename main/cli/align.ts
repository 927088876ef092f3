import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { alignedUnits, alignmentOrigin, dictionaryOf, LOW_CONFIDENCE, pairText } from '../../src/align/index.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { createNumberModels } from '../../src/qa/numberModels.js';
import { addToMemory } from '../../src/tm/memoryUnit.js';
import { writeTmx } from '../../src/tm/writeTmx.js';
import { alignFiles } from '../node/alignFiles.js';
import { AppError } from '../node/appError.js';
import { appVersion } from '../node/appPaths.js';
import { saveFile } from '../node/atomicWrite.js';
import { defaultDataDir } from '../node/dataDir.js';
import { readGlossary } from '../node/glossaryFiles.js';
import { MEMORY_FILE_NAME, MemoryStore } from '../node/memoryStore.js';
import { readReportFile } from '../node/readInputFile.js';
import { errorText } from './i18n.js';
import type { CliIo, Command } from './index.js';

/**
 * `duizhao align <zh> <en> [-o pairs.tmx] [--json] [--into-memory] [--glossary FILE]...
 * [--min-confidence X] [--length-only]`: aligns a Chinese document with its English translation and
 * prints, exports or saves the pairs. Nothing is written unless -o or --into-memory says so; into the
 * memory go only the pairs at or above the confidence the review would not mark (0.7 unless told).
 */
export async function runAlign(args: string[], io: CliIo, t: TFunction): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      'into-memory': { type: 'boolean' },
      glossary: { type: 'string', multiple: true, default: [] },
      'min-confidence': { type: 'string' },
      'length-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.out(t('align.cli.usage')), 0;
  const [zhArg, enArg] = positionals;
  if (!zhArg || !enArg) return io.err(t('cli.missingFile')), io.err(t('align.cli.usage')), 2;
  const minConfidence = values['min-confidence'] === undefined ? LOW_CONFIDENCE : Number(values['min-confidence']);
  if (!(minConfidence >= 0 && minConfidence <= 1)) return io.err(t('align.cli.badConfidence', { value: values['min-confidence'] })), 2;

  const zhPath = resolve(io.cwd, zhArg);
  const enPath = resolve(io.cwd, enArg);
  const entries: GlossaryEntry[] = [];
  for (const g of values.glossary) entries.push(...(await readGlossary(resolve(io.cwd, g))).entries);
  const store = new MemoryStore(join(io.dataDir ?? defaultDataDir(), MEMORY_FILE_NAME));
  const memory = await store.read().catch(() => null);
  const result = await alignFiles(
    { fileName: zhPath, data: await readReportFile(zhPath) },
    { fileName: enPath, data: await readReportFile(enPath) },
    { numberModels: createNumberModels(), dictionary: dictionaryOf(entries, memory?.units ?? []) },
    values['length-only'] ? { lengthOnly: true } : {},
  );
  if (!result.ok) {
    const { side, code, params } = result.error;
    if (code.startsWith('align.')) throw new AppError(code, { ...params, side });
    // The importer's refusals do not say which file they are about; the command does.
    io.err(t(side === 'zh' ? 'align.cli.refusedZh' : 'align.cli.refusedEn', { message: errorText(t, { code, params: params ?? {} }) }));
    return 1;
  }
  const { alignment } = result.value;
  const toCheck = alignment.pairs.filter((p) => !p.wrong && p.confidence < LOW_CONFIDENCE).length;
  const at = io.now().toISOString();

  let written: { path: string; count: number } | null = null;
  if (values.output) {
    const path = resolve(io.cwd, values.output);
    // Every pair goes into the TMX; the ones to check say so in a note, for review in any tool.
    const units = alignedUnits(alignment).units;
    const notes = alignment.pairs.filter((p) => pairText(alignment, p).zh && pairText(alignment, p).en).map((p) => (p.confidence < LOW_CONFIDENCE ? t('align.cli.tmxNote', { confidence: p.confidence }) : ''));
    await saveFile(path, writeTmx(units.map((u, i) => (notes[i] ? { ...u, note: notes[i] } : u)), { sourceLang: 'zh-CN', version: appVersion(), now: at }));
    written = { path, count: units.length };
  }
  let saved: { added: number; duplicates: number; skipped: number; total: number } | null = null;
  if (values['into-memory']) {
    const { units, skipped } = alignedUnits(alignment, { minConfidence, changed: at });
    saved = await store.update((m) => {
      const r = addToMemory(m, units, alignmentOrigin(alignment), at);
      return { memory: r.memory, result: { added: r.added, duplicates: r.duplicates, skipped, total: r.memory.units.length } };
    });
  }

  if (values.json) {
    const pairs = alignment.pairs.map((p) => ({ ...pairText(alignment, p), confidence: p.confidence }));
    io.out(JSON.stringify({ zh: basename(zhPath), en: basename(enPath), pairs, toCheck, tmx: written, memory: saved && { path: store.path, ...saved } }, null, 2));
    return 0;
  }
  io.out(t('align.cli.summary', { zh: basename(zhPath), en: basename(enPath), count: alignment.pairs.length, toCheck }));
  alignment.pairs.forEach((p, k) => {
    if (p.confidence >= LOW_CONFIDENCE) return;
    const text = pairText(alignment, p);
    io.out(`  #${k + 1} ${p.confidence.toFixed(2)}  ${text.zh || '—'}  ⇄  ${text.en || '—'}`);
  });
  if (written) io.out(t('align.cli.tmxWritten', { output: written.path, count: written.count }));
  if (saved) io.out(t('align.cli.saved', { ...saved, path: store.path, minConfidence }));
  return 0;
}

/** `duizhao align`, as the command table runs it. */
export const run: Command = (args, io, t) => runAlign(args, io, t);
