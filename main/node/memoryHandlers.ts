import { randomUUID } from 'node:crypto';
import { readMemoryImport } from '../../src/tm/importMemory.js';
import { addToMemory, createMemory, projectUnits } from '../../src/tm/memoryUnit.js';
import { mergeXliff } from '../../src/tm/mergeXliff.js';
import { readXliff } from '../../src/tm/xliff.js';
import { AppError } from './appError.js';
import { exportFileName } from './exportPdf.js';
import type { HandlerTable } from './services.js';
import type { MemoryStore } from './memoryStore.js';

type MemoryChannels = 'tm.load' | 'tm.importFile' | 'tm.exportTmx' | 'tm.clear' | 'xliff.export' | 'xliff.merge';

/** The memory and interchange channels: the user's memory, TMX export, XLIFF export and merge. */
export function memoryHandlers(options: { readonly store: MemoryStore; readonly version: string; readonly now: () => Date }): Pick<HandlerTable, MemoryChannels> {
  const { store, now } = options;
  return {
    'tm.load': async () => {
      const memory = await store.read();
      return { units: memory.units, imports: memory.imports };
    },

    'tm.importFile': async ({ fileName, data, sourceLang, targetLang }) => {
      const read = readMemoryImport(fileName, data, { ...(sourceLang ? { sourceLang } : {}), ...(targetLang ? { targetLang } : {}) });
      if (!read.ok) throw AppError.from(read.error);
      const { units, languages, skipped, format } = read.value;
      const at = now().toISOString();
      const counts = await store.update((m) => {
        const r = addToMemory(m, units, fileName, at);
        return { memory: r.memory, result: { added: r.added, duplicates: r.duplicates, total: r.memory.units.length } };
      });
      return { ...counts, skipped, languages, format, sourceLang: read.value.sourceLang, targetLang: read.value.targetLang };
    },

    'tm.exportTmx': async ({ file: project }) => {
      // The XML writer loads when a file is written, not when web mode or the app starts.
      const { writeTmx } = await import('../../src/tm/writeTmx.js');
      const at = now().toISOString();
      if (project) {
        const units = projectUnits(project.doc, project.file.source.fileName);
        return { fileName: exportFileName(project.file, '.tmx'), data: new TextEncoder().encode(writeTmx(units, { sourceLang: 'zh-CN', version: options.version, now: at })), count: units.length };
      }
      const memory = await store.read();
      return { fileName: 'duizhao-memory.tmx', data: new TextEncoder().encode(writeTmx(memory.units, { sourceLang: 'zh-CN', version: options.version, now: at })), count: memory.units.length };
    },

    'tm.clear': async () => {
      await store.update(() => ({ memory: createMemory(), result: null }));
      return {};
    },

    'xliff.export': async ({ file: project }) => {
      const { writeXliff } = await import('../../src/tm/writeXliff.js');
      const xml = writeXliff(project.file, project.doc, { version: options.version });
      return { fileName: exportFileName(project.file, '.xlf'), data: new TextEncoder().encode(xml) };
    },

    'xliff.merge': async ({ file: project, data }) => {
      const read = readXliff(data);
      if (!read.ok) throw AppError.from(read.error);
      const merged = mergeXliff(project, read.value, { now: now().toISOString(), newId: () => `n${randomUUID().replaceAll('-', '')}` });
      if (!merged.ok) throw AppError.from(merged.error);
      return { file: merged.value.file, summary: merged.value.summary };
    },
  };
}
