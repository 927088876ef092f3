import Papa from 'papaparse';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import type { GlossaryEntry } from './glossaryEntry.js';
import type { ImportContext } from './tbx.js';

export type CsvProblemCode = 'csv.malformed' | 'csv.noSource' | 'csv.tooManyColumns' | 'csv.noEntries' | 'csv.unknownColumn';

/** Separator of several renderings in the target column: the first is the preferred one. */
export const RENDERING_SEPARATOR = ' | ';

const HEADER_SOURCE = /^(source|term|terms|zh|zh-cn|zh_cn|chinese|中文|原文|术语|源语)$/i;
const HEADER_TARGET = /^(target|translation|rendering|en|en-us|en_us|english|英文|译文|目标语)$/i;
const HEADER_DEFINITION = /^(definition|定义|释义|含义)$/i;
const HEADER_NOTE = /^(note|notes|internal note|comment|备注|注释)$/i;

/** The columns of a glossary CSV, in the order this build writes them. */
type Column = 'source' | 'target' | 'definition' | 'note';
const COLUMNS: readonly Column[] = ['source', 'target', 'definition', 'note'];

/** A header cell's column, or null when it names none of ours. */
function columnOf(name: string): Column | null {
  if (HEADER_SOURCE.test(name)) return 'source';
  if (HEADER_TARGET.test(name)) return 'target';
  if (HEADER_DEFINITION.test(name)) return 'definition';
  if (HEADER_NOTE.test(name)) return 'note';
  return null;
}

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell a spreadsheet would evaluate ("=HYPERLINK(…)") by prefixing an apostrophe. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Counts lines as the parser moves forward, so line numbers cost one pass over the text in all. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/**
 * Reads a glossary from CSV or TSV text, quoted cells with commas, quotes and newlines as RFC 4180
 * has them; the delimiter is the tab for `tsv`, else detected. With a header row its names place the
 * columns (source, target, definition, note in any order; a name we do not know refuses the file);
 * without one, three columns are `source, target, note` (the older form: a note is internal) and four
 * `source, target, definition, note`. A row without a source term, a filled cell beyond the columns,
 * or an unterminated quote refuses the whole file, naming the line.
 */
export function readGlossaryCsv(text: string, format: 'csv' | 'tsv', context: ImportContext): Result<GlossaryEntry[], Problem<CsvProblemCode>> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: Array<{ cells: string[]; line: number }> = [];
  let problem: Problem<CsvProblemCode> | null = null;
  const lineOf = lineCounter(body);
  let previous = 0;
  Papa.parse<string[]>(body, {
    delimiter: format === 'tsv' ? '\t' : '',
    delimitersToGuess: [',', '\t', ';'],
    skipEmptyLines: 'greedy',
    step(results) {
      if (problem) return;
      let start = previous;
      while (body[start] === '\n' || body[start] === '\r') start++;
      previous = results.meta.cursor;
      const error = results.errors.find((e) => e.code !== 'UndetectableDelimiter');
      if (error) {
        problem = { code: 'csv.malformed', params: { line: lineOf(error.index ?? start), detail: error.message } };
        return;
      }
      rows.push({ cells: results.data.map((c) => c.trim()), line: lineOf(start) });
    },
  });
  if (problem) return { ok: false, error: problem };
  const first = rows[0];
  let columns: readonly Column[];
  const named = first?.cells.map((c) => (c ? columnOf(c) : null)) ?? [];
  if (first && named.includes('source') && named.includes('target')) {
    rows.shift();
    const unknown = first.cells.findIndex((c, i) => c !== '' && named[i] === null);
    if (unknown >= 0) return fail('csv.unknownColumn', { line: first.line, name: first.cells[unknown] ?? '' });
    columns = named.map((c) => c ?? 'note');
  } else {
    let widest = 0;
    for (const { cells } of rows) for (let i = cells.length - 1; i >= widest; i--) if (cells[i]) widest = i + 1;
    columns = widest >= 4 ? COLUMNS : ['source', 'target', 'note'];
  }
  const entries: GlossaryEntry[] = [];
  for (const { cells, line } of rows) {
    const filled = cells.filter(Boolean).length;
    if (filled === 0) continue;
    if (cells.slice(columns.length).some(Boolean)) return fail('csv.tooManyColumns', { line });
    const cell = (column: Column): string => restoreCell(cells[columns.indexOf(column)] ?? '');
    const [source, target, definition, note] = COLUMNS.map((c) => (columns.includes(c) ? cell(c) : ''));
    if (!source) return fail('csv.noSource', { line });
    entries.push({
      id: context.makeId(),
      term: source,
      variants: [],
      renderings: (target ?? '').split(RENDERING_SEPARATOR.trim()).map((r) => r.trim()).filter(Boolean),
      forbidden: [],
      definition: definition ?? '',
      note: note ?? '',
      domain: '',
      tags: [],
      status: 'approved',
      createdAt: context.now,
      updatedAt: context.now,
    });
  }
  if (entries.length === 0) return fail('csv.noEntries');
  return ok(entries);
}

/** Writes entries as CSV or TSV with a `source,target,definition,note` header; formula-like cells are neutralised. */
export function writeGlossaryCsv(entries: readonly GlossaryEntry[], format: 'csv' | 'tsv'): string {
  const rows = entries.map((e) => [e.term, e.renderings.join(RENDERING_SEPARATOR), e.definition, e.note].map(neutraliseCell));
  return `${Papa.unparse({ fields: [...COLUMNS], data: rows }, { delimiter: format === 'tsv' ? '\t' : ',', newline: '\r\n', quotes: format === 'csv' ? false : false, escapeFormulae: false })}\r\n`;
}
