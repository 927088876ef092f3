import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import type { SpellingDictionary } from '../../src/spelling/spellCheck.js';

/** The en-US Hunspell dictionary's two files, as text. */
export interface SpellingDictionaryFiles {
  readonly aff: string;
  readonly dic: string;
}

let files: Promise<SpellingDictionaryFiles> | null = null;
let compiled: Promise<SpellingDictionary> | null = null;

/**
 * The files of `dictionary-en` (en-US, MIT and BSD), read beside the installed package's entry: that
 * works from the sources, the CLI bundle and the packaged app alike (the package's own module reads
 * them relative to itself, which a bundle would break). Read once.
 */
export function loadSpellingDictionaryFiles(): Promise<SpellingDictionaryFiles> {
  files ??= (async () => {
    const folder = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
    const [aff, dic] = await Promise.all([readFile(join(folder, 'index.aff'), 'utf8'), readFile(join(folder, 'index.dic'), 'utf8')]);
    return { aff, dic };
  })();
  return files;
}

/** The dictionary compiled by `nspell` (about 0.2 s and 35 MB): loaded once, on first use. */
export function loadSpellingDictionary(): Promise<SpellingDictionary> {
  compiled ??= loadSpellingDictionaryFiles().then((f) => nspell(f));
  return compiled;
}
