import { projectUnits } from '../../src/tm/memoryUnit.js';
import { AppError } from './appError.js';
import type { HandlerTable } from './services.js';
import type { DictionaryService } from './dictionaryService.js';
import type { MemoryStore } from './memoryStore.js';
import { findTermCandidates } from './termCandidates.js';

type DictionaryChannels = 'dictionary.lookup' | 'dictionary.pinyin' | 'dictionary.info' | 'terms.extract';

/** The dictionary card, pinyin, and term candidates: over the bundled CC-CEDICT and the user's memory. */
export function dictionaryHandlers(options: { readonly dictionary: DictionaryService; readonly memory: MemoryStore }): Pick<HandlerTable, DictionaryChannels> {
  const { dictionary } = options;
  return {
    'dictionary.lookup': async ({ text, start, end }) => {
      if (start > text.length || end > text.length || end < start) throw new AppError('badRequest', { reason: 'arguments', path: 'end' });
      return dictionary.lookUp(text, start, end);
    },

    'dictionary.pinyin': async ({ texts }) => ({ pinyin: texts.map((t) => dictionary.pinyinWords(t)) }),

    'dictionary.info': async () => dictionary.source,

    'terms.extract': async ({ file, known }) => {
      const { doc, file: project } = file;
      // The user's memory and the project's own confirmed paragraphs say how a phrase was translated.
      const memory = [...(await options.memory.read()).units, ...projectUnits(doc, project.source.fileName)];
      return findTermCandidates(doc, { dictionary, known, memory });
    },
  };
}
