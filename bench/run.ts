import { performance } from 'node:perf_hooks';
import { benchImport } from './import.js';
import { segmentSentences } from '../src/import/segmentSentences.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTermIndex, findTerms } from '../src/glossary/termIndex.js';
import { corpusText } from '../test/synthetic.js';
import { syntheticGlossary } from '../test/syntheticGlossary.js';
import { gr2021Pairs } from '../test/corpus.js';
import { addToMemory, createMemory, parseMemory, serializeMemory, type TmUnit } from '../src/tm/memoryUnit.js';
import { TmIndex } from '../src/tm/tmIndex.js';
import { benchAlign } from './align.js';
import { benchTerms } from './terms.js';
import { benchCli } from './cli.js';
import { benchDictionaryGlossary } from './glossary.js';
import { ensureNode, ensureRenderer } from '../scripts/build.mjs';
import { benchDeliver } from './deliver.js';
import { benchPdf } from './pdf.js';
import { benchQa } from './qa.js';
import { benchEditors } from './editor.js';

/** One measured figure: `name: value unit`. */
interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

const figures: Figure[] = [];
const json = process.argv.includes('--json');
const record = (name: string, value: number, unit: string): void => {
  const rounded = Math.round(value * 100) / 100;
  figures.push({ name, value: rounded, unit });
  if (!json) console.log(`${name}: ${rounded} ${unit}`);
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/**
 * The glossary matcher: a synthetic glossary of 50,000 entries (Chinese terms cut from the corpus,
 * so they really occur, and numeric codes) over ~1,000,000 characters of reports: index build time and
 * matching throughput, next to the naive approach (one regular-expression alternation of all terms,
 * longest first) measured in the same run on a prefix of the text, since on the whole text it would run
 * for minutes.
 */
function benchGlossary(): void {
  const text = corpusText(1_000_000);
  // The realistic case first: real terms, most of which the text does not contain.
  benchDictionaryGlossary(record, text);
  const entries = syntheticGlossary(50_000, text);
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
  const fast = text.length / (median(finds) / 1000);
  record('glossary_entries', entries.length, 'entries');
  record('glossary_index_build_median', median(builds), 'ms');
  record('glossary_matches', matches, 'matches');
  record('glossary_match_median', median(finds), 'ms');
  record('glossary_match_throughput', fast / 1e6, 'M chars/s');
  record('glossary_match_throughput_cpu', text.length / (median(cpu) / 1000) / 1e6, 'M chars/s');

  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const forms = entries.map((e) => e.term).sort((a, b) => b.length - a.length);
  const compileStart = performance.now();
  const naive = new RegExp(forms.map(escape).join('|'), 'g');
  record('glossary_naive_regex_compile', performance.now() - compileStart, 'ms');
  const prefix = text.slice(0, 20_000);
  const naiveStart = performance.now();
  const naiveMatches = [...prefix.matchAll(naive)].length;
  const naiveMs = performance.now() - naiveStart;
  record('glossary_naive_prefix_matches', naiveMatches, 'matches');
  record('glossary_naive_prefix_chars', prefix.length, 'chars');
  record('glossary_naive_throughput', prefix.length / (naiveMs / 1000) / 1e6, 'M chars/s');
  record('glossary_speedup_over_naive', fast / (prefix.length / (naiveMs / 1000)), 'x');
}

/**
 * A memory of 100,000 units built from real sentences (GR2021's 654 pairs and the three corpus
 * reports, split into sentences) with variations: other figures, a character changed, a clause
 * added or cut. Load = parse and validate the memory file + build the index. Lookups are sentences
 * of the reports (most have near matches), timed through the index and, in the same run, by scoring
 * every unit (the linear scan the index replaces).
 */
async function benchMemory(): Promise<void> {
  const reports = ['national_2024_gov_work_report_zh.txt', 'chongqing_municipal_2026_gov_work_report_zh.txt', 'nanan_district_2024_gov_work_report_zh.txt'].map((f) =>
    readFileSync(fileURLToPath(new URL(`../test/fixtures/reports/${f}`, import.meta.url)), 'utf8'),
  );
  const sentences: string[] = [];
  for (const text of reports) for (const line of text.split('\n')) for (const r of segmentSentences(line.trim())) sentences.push(line.trim().slice(r.start, r.end));
  const pairs = gr2021Pairs();
  const bases: Array<[string, string]> = [...pairs.map(([zh, en]) => [zh, en] as [string, string]), ...sentences.map((zh) => [zh, `English of: ${zh.length} characters`] as [string, string])].filter(([zh]) => zh.length >= 4);
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const CJK = '发展建设推进改革创新经济社会民生服务治理安全生态城市乡村产业企业开放合作质量';
  const vary = (zh: string, k: number): string => {
    switch (k % 4) {
      case 0:
        return zh.replace(/\d+(?:\.\d+)?/g, (d) => String(Number(d) + 1 + random(9)));
      case 1: {
        const at = random(zh.length);
        return zh.slice(0, at) + CJK[random(CJK.length)] + zh.slice(at + 1);
      }
      case 2:
        return `${zh.replace(/。$/, '')}，${CJK.slice(random(20), random(20) + 6)}。`;
      default:
        return zh.length > 8 ? zh.slice(0, Math.floor(zh.length * 0.8)) : `${zh}${CJK[random(CJK.length)]}`;
    }
  };
  // Distinct sources only: the memory file de-duplicates, and the figure is for 100,000 real units.
  const units: TmUnit[] = [];
  const seen = new Set<string>();
  for (let i = 0; units.length < 100_000; i++) {
    const [zh, en] = bases[i % bases.length] as [string, string];
    const round = Math.floor(i / bases.length);
    const source = round === 0 ? zh : vary(vary(zh, round + random(4)), random(4));
    if (seen.has(source)) continue;
    seen.add(source);
    units.push({ source, target: en, sourceLang: 'zh-CN', targetLang: 'en', origin: 'bench.tmx' });
  }
  const text = serializeMemory(addToMemory(createMemory(), units, 'bench.tmx', '2026-11-26T00:00:00.000Z').memory);
  const parseStart = performance.now();
  const parsed = parseMemory(text);
  const parseMs = performance.now() - parseStart;
  if (!parsed.ok) throw new Error(parsed.error.code);
  const indexStart = performance.now();
  const index = new TmIndex(parsed.value.units);
  const indexMs = performance.now() - indexStart;
  record('tm_memory_units', index.size, 'units');
  record('tm_memory_file', text.length / 1e6, 'M chars');
  record('tm_load_parse_validate', parseMs, 'ms');
  record('tm_load_index_build', indexMs, 'ms');
  record('tm_load_total', parseMs + indexMs, 'ms');
  // The app indexes a slice of 2,500 units between frames: the longest a slice holds the window.
  let last = performance.now();
  let longest = 0;
  await TmIndex.build(parsed.value.units, async () => {
    const at = performance.now();
    longest = Math.max(longest, at - last);
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  });
  record('tm_index_build_longest_slice', longest, 'ms');

  const queries = sentences.filter((s) => s.length >= 6);
  for (let i = 0; i < 20; i++) index.lookup(queries[i] as string); // warm-up
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 400; i++) {
    const q = queries[(i * 13) % queries.length] as string;
    const start = performance.now();
    const matches = index.lookup(q, { minScore: 50, max: 5 });
    times.push(performance.now() - start);
    if (matches.length) found++;
  }
  record('tm_lookup_sentences', times.length, 'lookups');
  record('tm_lookup_with_match', found, 'lookups');
  record('tm_lookup_p50', median(times), 'ms');
  record('tm_lookup_p95', percentile(times, 95), 'ms');
  const scan: number[] = [];
  let same = 0;
  for (let i = 0; i < 15; i++) {
    const q = queries[(i * 13) % queries.length] as string;
    const start = performance.now();
    const byScan = index.lookupByScan(q, { minScore: 50, max: 5 });
    scan.push(performance.now() - start);
    const byIndex = index.lookup(q, { minScore: 50, max: 5 });
    if (JSON.stringify(byScan.map((m) => m.score)) === JSON.stringify(byIndex.map((m) => m.score))) same++;
  }
  record('tm_linear_scan_p50', median(scan), 'ms');
  record('tm_scan_over_index_p50_ratio', median(scan) / median(times), 'x');
  record('tm_index_agrees_with_scan', same / scan.length, 'share');
}

async function main(): Promise<void> {
  if (process.argv.includes("--qa-only")) return benchQa(record);
  if (process.argv.includes('--tm-only')) return benchMemory();
  if (process.argv.includes('--import-only')) return benchImport(record);
  if (process.argv.includes('--cli-only')) return benchCli(record);
  if (process.argv.includes('--pdf-only')) return benchPdf(record);
  if (process.argv.includes('--glossary-only')) return benchGlossary();
  if (process.argv.includes('--align-only')) return benchAlign(record);
  if (process.argv.includes('--terms-only')) return benchTerms(record);
  if (process.argv.includes('--deliver-only')) return benchDeliver(record);
  if (process.argv.includes('--editor-only')) {
    await ensureNode({ quiet: true });
    await ensureRenderer({ quiet: true });
    await benchEditors(record);
    if (json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, { value: f.value, unit: f.unit }])), null, 2));
    return;
  }
  await ensureNode({ quiet: true });
  await ensureRenderer({ quiet: true });
  await benchImport(record);
  benchGlossary();
  benchQa(record);
  await benchMemory();
  benchAlign(record);
  benchTerms(record);
  await benchCli(record);
  await benchPdf(record);
  await benchDeliver(record);
  await benchEditors(record);
  if (json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, { value: f.value, unit: f.unit }])), null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
