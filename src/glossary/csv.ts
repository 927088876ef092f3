import Papa from 'papaparse';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import type { GlossaryEntry } from './glossaryEntry.js';
import type { ImportContext } from './tbx.js';

export type CsvProblemCode = 'csv.malformed' | 'csv.noSource' | 'csv.tooManyColumns' | 'csv.noEntries';

/** Separator of several renderings in the target column: the first is the preferred one. */
export const RENDERING_SEPARATOR = ' | ';

const HEADER_SOURCE = /^(source|term|terms|zh|zh-cn|zh_cn|chinese|中文|原文|术语|源语)$/i;
const HEADER_TARGET = /^(target|translation|rendering|en|en-us|en_us|english|英文|译文|目标语)$/i;

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
 * Reads a glossary from CSV or TSV text: rows of `source, target, note`, with or without a header
 * row, quoted cells with commas, quotes and newlines as RFC 4180 has them. The delimiter is the tab
 * for `tsv`, else detected. A row without a source term, with more than three filled columns, or an
 * unterminated quote refuses the whole file, naming the line.
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
  if (first && HEADER_SOURCE.test(first.cells[0] ?? '') && HEADER_TARGET.test(first.cells[1] ?? '')) rows.shift();
  const entries: GlossaryEntry[] = [];
  for (const { cells, line } of rows) {
    const filled = cells.filter(Boolean).length;
    if (filled === 0) continue;
    if (cells.slice(3).some(Boolean)) return fail('csv.tooManyColumns', { line });
    const [source = '', target = '', note = ''] = cells.map(restoreCell);
    if (!source) return fail('csv.noSource', { line });
    entries.push({
      id: context.makeId(),
      term: source,
      variants: [],
      renderings: target.split(RENDERING_SEPARATOR.trim()).map((r) => r.trim()).filter(Boolean),
      forbidden: [],
      note,
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

/** Writes entries as CSV or TSV with a `source,target,note` header; formula-like cells are neutralised. */
export function writeGlossaryCsv(entries: readonly GlossaryEntry[], format: 'csv' | 'tsv'): string {
  const rows = entries.map((e) => [e.term, e.renderings.join(RENDERING_SEPARATOR), e.note].map(neutraliseCell));
  return `${Papa.unparse({ fields: ['source', 'target', 'note'], data: rows }, { delimiter: format === 'tsv' ? '\t' : ',', newline: '\r\n', quotes: format === 'csv' ? false : false, escapeFormulae: false })}\r\n`;
}
