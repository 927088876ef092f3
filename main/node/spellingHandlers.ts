import type { HandlerTable } from './services.js';
import { loadSpellingDictionaryFiles } from './spellingDictionary.js';
import type { UserWords } from './userWords.js';

type SpellingChannels = 'spelling.dictionary' | 'spelling.addWord' | 'spelling.removeWord';

/** The English dictionary's files for the editor's spell checker, and the user's own words. */
export function spellingHandlers(words: UserWords): Pick<HandlerTable, SpellingChannels> {
  return {
    'spelling.dictionary': async () => ({ ...(await loadSpellingDictionaryFiles()), words: await words.read() }),
    'spelling.addWord': async ({ word }) => ({ words: await words.add(word) }),
    'spelling.removeWord': async ({ word }) => ({ words: await words.remove(word) }),
  };
}
