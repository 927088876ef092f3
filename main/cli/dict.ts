import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import type { DictionaryEntryView, DictionaryLookup } from '../../src/dictionary/lookUpWord.js';
import { DICTIONARY_FILE } from '../node/appPaths.js';
import { DictionaryService } from '../node/dictionaryService.js';
import type { CliIo, Command } from './index.js';

function entryLines(entry: DictionaryEntryView): string[] {
  const forms = entry.traditional !== entry.simplified ? `${entry.simplified} [${entry.traditional}]` : entry.simplified;
  return [`${forms}  ${entry.pinyin}`, ...entry.senses.map((s, i) => `  ${i + 1}. ${s}`)];
}

/** The lookup as lines of text: the query and its pinyin, its entries, or its words with theirs. */
export function formatLookup(lookup: DictionaryLookup, t: TFunction): string[] {
  const lines = [`${lookup.query}  ${lookup.pinyin}`];
  for (const e of lookup.entries) lines.push(...entryLines(e));
  if (lookup.entries.length === 0 && lookup.parts.length > 0) {
    lines.push(t('dictionary.cli.parts'));
    for (const part of lookup.parts) for (const e of part.entries) lines.push(...entryLines(e));
  }
  return lines;
}

/**
 * `duizhao dict <word> [--json]`: the word's CC-CEDICT entries (simplified or traditional), pinyin
 * with tone marks; a phrase the dictionary lacks is shown word by word. Exit status 1 when the
 * dictionary has none of it, 2 for a usage error.
 */
export async function runDict(args: string[], io: CliIo, t: TFunction, dictionaryPath = DICTIONARY_FILE): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return io.out(t('dictionary.cli.usage')), 0;
  const word = positionals.join(' ').trim();
  if (!word) return io.err(t('dictionary.cli.missingWord')), io.err(t('dictionary.cli.usage')), 2;
  const service = new DictionaryService(dictionaryPath);
  const lookup = service.lookUp(word, 0, word.length);
  const found = lookup.entries.length > 0 || lookup.parts.length > 0;
  if (values.json) io.out(JSON.stringify({ ...lookup, found, source: service.source }, null, 2));
  else if (found) formatLookup(lookup, t).forEach((line) => io.out(line));
  else io.err(t('dictionary.cli.notFound', { word: lookup.query, pinyin: lookup.pinyin }));
  return found ? 0 : 1;
}

/** `duizhao dict`, as the command table runs it. */
export const run: Command = (args, io, t) => runDict(args, io, t);
