import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { projectSpellChecker } from '../src/qa/checkSpelling.js';
import { SpellChecker } from '../src/spelling/spellCheck.js';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Node } from 'prosemirror-model';
import { schema } from '../src/document/schema.js';
import { parseGlossary } from '../src/glossary/glossaryFile.js';
import { buildTermIndex } from '../src/glossary/termIndex.js';
import { englishQuantities } from '../src/qa/englishQuantities.js';
import { createNumberModels, ENGLISH_CANDIDATES, parse, parseEnglish } from '../src/qa/numberModels.js';
import type { QaFinding } from '../src/qa/qaFinding.js';
import { qaDocument, qaUnit, type QaContext } from '../src/qa/runQa.js';
import { eval2024Set, evaluateNumbers, gr2021Set, MUTATION_KINDS } from '../test/numbersEvaluation.js';
import { parallelDocument } from '../test/synthetic.js';

/** CPU time of this process so far, in milliseconds. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Records one figure: `name: value unit`. */
type Record = (name: string, value: number, unit: string) => void;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** The app's spell checker: the en-US dictionary read from the installed package, with the glossary's renderings. */
function spellChecker(entries: Parameters<typeof projectSpellChecker>[1]): SpellChecker {
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  const dictionary = nspell({ aff: readFileSync(join(folder, 'index.aff'), 'utf8'), dic: readFileSync(join(folder, 'index.dic'), 'utf8') });
  return projectSpellChecker(new SpellChecker(dictionary), entries);
}

/**
 * QA: every check (numbers by value, completeness, consistency, form, terminology with the starter
 * glossary, spelling) over a fully translated 2,000-paragraph project of real sentence pairs; one paragraph
 * checked again after a keystroke; and the whole-project refresh the QA panel does after a keystroke,
 * when only that paragraph is checked again and the others come from the cache.
 */
function benchQaSpeed(record: Record): void {
  const doc = parallelDocument(2000);
  const modelsStart = performance.now();
  const models = createNumberModels();
  record('qa_number_models_build', performance.now() - modelsStart, 'ms');
  const starter = parseGlossary(readFileSync(fileURLToPath(new URL('../assets/glossary/starter.duizhao-glossary', import.meta.url)), 'utf8'));
  if (!starter.ok) throw new Error(starter.error.code);
  const entries = starter.value.entries;
  const withoutSpelling: QaContext = { models, index: buildTermIndex(entries), entries: new Map(entries.map((e) => [e.id, e])) };
  const context: QaContext = { ...withoutSpelling, spelling: spellChecker(entries) };
  let chars = 0;
  doc.forEach((unit) => (chars += unit.child(0).textContent.length + unit.child(1).textContent.length));
  qaDocument(doc, context, new Set()); // warm-up
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  let findings = qaDocument(doc, context, new Set());
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const cpuStart = cpuMs();
    findings = qaDocument(doc, context, new Set());
    runs.push(performance.now() - start);
    cpuRuns.push(cpuMs() - cpuStart);
  }
  record('qa_project_paragraphs', doc.childCount, 'paragraphs');
  record('qa_project_chars', chars, 'chars');
  record('qa_project_findings', findings.length, 'findings');
  record('qa_project_median', median(runs), 'ms');
  // The process's CPU time: on a shared machine the wall time also counts the time other processes hold the cores.
  record('qa_project_cpu_median', median(cpuRuns), 'ms');
  const noSpelling: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    qaDocument(doc, withoutSpelling, new Set());
    noSpelling.push(performance.now() - start);
  }
  record('qa_project_without_spelling_median', median(noSpelling), 'ms');

  // A keystroke: one character added to the end of a paragraph's English.
  const typed = (unit: Node, key: string): Node => unit.copy(unit.content.replaceChild(1, schema.nodes.target.create(null, schema.text(unit.child(1).textContent + key))));
  const one: number[] = [];
  const oneCpu: number[] = [];
  for (let i = 0; i < 500; i++) {
    const unit = typed(doc.child((i * 7) % doc.childCount), 'abcdefghij'[i % 10] as string);
    const start = performance.now();
    const cpuStart = cpuMs();
    qaUnit(unit, context);
    one.push(performance.now() - start);
    oneCpu.push(cpuMs() - cpuStart);
  }
  record('qa_paragraph_keystroke_p50', median(one), 'ms');
  record('qa_paragraph_keystroke_p95', percentile(one, 95), 'ms');
  record('qa_paragraph_keystroke_cpu_p95', percentile(oneCpu, 95), 'ms');

  const cache = new Map<Node, QaFinding[]>();
  doc.forEach((unit) => cache.set(unit, qaUnit(unit, context)));
  const refresh: number[] = [];
  for (let i = 0; i < 50; i++) {
    const at = (i * 37) % doc.childCount;
    const changed = typed(doc.child(at), 'x');
    const next = doc.copy(doc.content.replaceChild(at, changed));
    const start = performance.now();
    qaDocument(next, context, new Set(), (u) => cache.get(u) ?? qaUnit(u, context));
    refresh.push(performance.now() - start);
  }
  record('qa_panel_refresh_after_keystroke_p50', median(refresh), 'ms');
  record('qa_panel_refresh_after_keystroke_p95', percentile(refresh, 95), 'ms');
}

/**
 * The English number model over windows around candidate words against the same model over each
 * whole paragraph, on the 2,000-paragraph project's English: the ratio in one run.
 */
function benchEnglishWindows(record: Record): void {
  const doc = parallelDocument(2000);
  const models = createNumberModels();
  const english: string[] = [];
  doc.forEach((unit) => english.push(unit.child(1).textContent));
  const time = (f: (text: string) => unknown): number => {
    const start = performance.now();
    for (const text of english) f(text);
    return performance.now() - start;
  };
  time((t) => parseEnglish(models.english, t, ENGLISH_CANDIDATES.number)); // warm-up
  const windows = median([0, 1, 2].map(() => time((t) => parseEnglish(models.english, t, ENGLISH_CANDIDATES.number))));
  const whole = median([0, 1, 2].map(() => time((t) => parse(models.english, t))));
  record('qa_english_model_windows', windows, 'ms');
  record('qa_english_model_whole_paragraphs', whole, 'ms');
  record('qa_english_model_windows_speedup', whole / windows, 'x');
  const all = median([0, 1, 2].map(() => time((t) => englishQuantities(t, models))));
  record('qa_english_quantities_all', all, 'ms');
}

/**
 * The numbers check on the two parallel sets: GR2021 (the tuning set) and EVAL2024 (a second set,
 * not tuned on): the share of units with a visible finding (error or warning) on the reference
 * English, the units with an error, and the recall of mutated sentences, overall and by kind.
 */
function benchNumbersEvaluation(record: Record): void {
  const models = createNumberModels();
  for (const set of [gr2021Set(), eval2024Set()]) {
    const prefix = `qa_numbers_${set.name.toLowerCase()}`;
    const e = evaluateNumbers(set, models);
    record(`${prefix}_units`, e.units, 'units');
    record(`${prefix}_units_flagged`, e.flagged, 'units');
    record(`${prefix}_units_flagged_share`, (100 * e.flagged) / e.units, '%');
    record(`${prefix}_units_with_error`, e.errors, 'units');
    record(`${prefix}_mutations`, e.mutated, 'sentences');
    record(`${prefix}_mutations_caught`, e.caught, 'sentences');
    record(`${prefix}_mutation_recall`, (100 * e.caught) / e.mutated, '%');
    for (const kind of MUTATION_KINDS) record(`${prefix}_mutations_${kind}_caught`, e.byKind[kind].caught, `of ${e.byKind[kind].mutated}`);
  }
}

/** Every QA figure: speed, the English model's windows, and the numbers check on both parallel sets. */
export function benchQa(record: Record): void {
  benchQaSpeed(record);
  benchEnglishWindows(record);
  benchNumbersEvaluation(record);
}
