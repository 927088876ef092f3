import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addToMemory } from '../../src/tm/memoryUnit.js';
import { writeTmx } from '../../src/tm/writeTmx.js';
import { appVersion } from '../node/appPaths.js';
import { saveFile } from '../node/atomicWrite.js';
import type { Command } from './index.js';
import { readUnits, userMemory } from './memoryFiles.js';

/** `duizhao tm import <file.tmx|.xlf> [--source L] [--target L] [--json]`, `tm export <out.tmx>`, `tm info [--json]`. */
export const run: Command = async (args, io, t) => {
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
    io.progress?.(t('progress.reading', { name: basename(path) }));
    const read = await readUnits(path, { ...(values.source ? { sourceLang: values.source } : {}), ...(values.target ? { targetLang: values.target } : {}) });
    const at = io.now().toISOString();
    io.progress?.(t('progress.memoryAdding', { count: read.value.units.length }));
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
};
