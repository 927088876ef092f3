import { performance } from 'node:perf_hooks';
import type { GlossaryEntry } from '../src/glossary/glossaryEntry.js';
import { buildTermIndex, findTerms } from '../src/glossary/termIndex.js';
import { seeded } from '../test/syntheticGlossary.js';
import { decodeBlock } from '../src/dictionary/dictionaryFormat.js';
import { DICTIONARY_FILE } from '../main/node/appPaths.js';
import { readDictionaryFile } from '../main/node/dictionaryFile.js';

type Record = (name: string, value: number, unit: string) => void;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * A glossary of `count` real terms that were not cut from the text being scanned: simplified
 * headwords of CC-CEDICT (the dictionary Duizhao ships, `assets/dictionary/cc-cedict.dzdict`, read
 * with its own reader) of two or more characters, at least one of them Chinese, chosen at random with
 * a fixed seed, each with its first English gloss as the rendering. Most of them never occur in a
 * given report, as in a translator's long-lived glossary.
 */
export function dictionaryGlossary(count: number, seed = 7): GlossaryEntry[] {
  const reader = readDictionaryFile(DICTIONARY_FILE);
  const heads = new Map<string, string>();
  for (let b = 0; b < reader.header.blocks.length; b++) {
    const block = decodeBlock(reader.read(b));
    block.simplified.forEach((head, i) => {
      if (head.length < 2 || !/\p{Script=Han}/u.test(head) || heads.has(head)) return;
      heads.set(head, (block.senses[i] ?? '').split('/')[0] ?? '');
    });
  }
  const all = [...heads];
  const random = seeded(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j] as [string, string], all[i] as [string, string]];
  }
  return all.slice(0, count).map(([term, gloss], i) => ({
    id: `d${i}`,
    term,
    variants: [],
    renderings: [gloss],
    forbidden: [],
    definition: '',
    note: '',
    domain: '',
    tags: [],
    status: 'approved' as const,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
}

/** Index build and matching throughput for the realistic case: 50,000 dictionary terms over real report text. */
export function benchDictionaryGlossary(record: Record, text: string): void {
  const entries = dictionaryGlossary(50_000);
  const builds: number[] = [];
  let index = buildTermIndex(entries);
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    index = buildTermIndex(entries);
    builds.push(performance.now() - start);
  }
  const finds: number[] = [];
  const cpu: number[] = [];
  let matches = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    matches = findTerms(text, index).length;
    finds.push(performance.now() - start);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  record('glossary_dictionary_entries', entries.length, 'entries');
  record('glossary_dictionary_index_build_median', median(builds), 'ms');
  record('glossary_dictionary_matches', matches, 'matches');
  record('glossary_dictionary_match_median', median(finds), 'ms');
  record('glossary_dictionary_match_throughput', text.length / (median(finds) / 1000) / 1e6, 'M chars/s');
  // Processor time: on a shared machine, wall time also counts the moments other processes held the core.
  record('glossary_dictionary_match_throughput_cpu', text.length / (median(cpu) / 1000) / 1e6, 'M chars/s');
}
