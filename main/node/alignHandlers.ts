import type { Alignment } from '../../src/align/alignment.js';
import type * as AlignIndex from '../../src/align/index.js';
import type * as AlignFiles from './alignFiles.js';
import type { NumberModels } from '../../src/qa/numberModels.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { addToMemory } from '../../src/tm/memoryUnit.js';
import { AppError } from './appError.js';
import type { HandlerTable } from './services.js';
import type { FileAccess } from './fileAccess.js';
import { readGlossary } from './glossaryFiles.js';
import type { MemoryStore } from './memoryStore.js';

type AlignChannels = 'align.run' | 'align.save' | 'align.exportTmx';

/** The aligner, its readers and the number models, loaded on first use: they are heavy, and most sessions never align. */
type AlignModule = typeof AlignIndex;
let loaded: Promise<{ align: AlignModule; files: typeof AlignFiles; numberModels: NumberModels }> | null = null;
function loadAligner(): NonNullable<typeof loaded> {
  loaded ??= Promise.all([import('../../src/align/index.js'), import('./alignFiles.js'), import('../../src/qa/numberModels.js')]).then(([align, files, quantities]) => ({ align, files, numberModels: quantities.createNumberModels() }));
  return loaded;
}

/** An alignment sent back by the review, checked whole (shape, spans, pairs' invariant) before use. */
async function checked(value: unknown): Promise<Alignment> {
  const { align } = await loadAligner();
  const result = align.checkAlignment(value);
  if (!result.ok) throw AppError.from(result.error);
  return result.value;
}

/** The alignment channels: align two documents, then save the reviewed pairs into the user's memory or export them as TMX. */
export function alignHandlers(options: { readonly access: FileAccess; readonly store: MemoryStore; readonly version: string; readonly now: () => Date }): Pick<HandlerTable, AlignChannels> {
  const { access, store, now } = options;
  return {
    'align.run': async ({ zh, en, glossaries }) => {
      const { align, files, numberModels } = await loadAligner();
      const entries: GlossaryEntry[] = [];
      for (const requested of glossaries) {
        // A linked glossary that is gone or damaged only means fewer anchors.
        const glossary = await access.resolveGlossary(requested).then(readGlossary).catch(() => null);
        if (glossary) entries.push(...glossary.entries);
      }
      const memory = await store.read().catch(() => null);
      const dictionary = align.dictionaryOf(entries, memory?.units ?? []);
      const result = await files.alignFiles(zh, en, { numberModels, dictionary });
      if (!result.ok) throw new AppError(result.error.code, { ...result.error.params, side: result.error.side });
      return { alignment: result.value.alignment };
    },

    'align.save': async ({ alignment }) => {
      const { align } = await loadAligner();
      const reviewed = await checked(alignment);
      const at = now().toISOString();
      const { units, skipped } = align.alignedUnits(reviewed, { changed: at });
      return await store.update((memory) => {
        const r = addToMemory(memory, units, align.alignmentOrigin(reviewed), at);
        return { memory: r.memory, result: { added: r.added, duplicates: r.duplicates, skipped, total: r.memory.units.length } };
      });
    },

    'align.exportTmx': async ({ alignment }) => {
      const { align } = await loadAligner();
      const reviewed = await checked(alignment);
      const { units } = align.alignedUnits(reviewed);
      const base = (reviewed.zh.name || 'alignment').replace(/\.[^.]*$/, '');
      const { writeTmx } = await import('../../src/tm/writeTmx.js');
      const xml = writeTmx(units, { sourceLang: 'zh-CN', version: options.version, now: now().toISOString() });
      return { fileName: `${base}.aligned.tmx`, data: new TextEncoder().encode(xml), count: units.length };
    },
  };
}
