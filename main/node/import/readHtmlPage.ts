import { readHtmlLines, structureReport } from '../../../src/import/importReport.js';
import { extractHtmlText } from '../../../src/import/extractHtmlText.js';
import type { ReportLine } from '../../../src/import/reportLine.js';
import type { ReadResult } from './readReport.js';

/** Pages larger than this skip the DOM pass: its cost grows with the page, and the text method alone still reads them. */
export const MAX_DOM_CHARS = 4 * 1024 * 1024;
/** Elements Readability examines before it gives up on a page (its own guard against huge pages). */
const MAX_ELEMENTS = 60_000;
/** An article shorter than this is not the page's main content. */
const MIN_ARTICLE = 200;

const squash = (text: string): string => text.replace(/[\s\u3000\u00a0]+/g, '');

/**
 * Marks the lines that Mozilla's Readability, run on the page's DOM (linkedom), leaves out of the
 * article. The mark is evidence for structure detection, not a verdict: Readability also drops
 * titles, bylines and short lines that do belong to a report. Lines stay as they were when
 * Readability finds no article or fails.
 */
export async function markMainContent(html: string, lines: readonly ReportLine[]): Promise<readonly ReportLine[]> {
  if (html.length > MAX_DOM_CHARS) return lines;
  let content: string | null | undefined;
  try {
    const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
    const { document } = parseHTML(html);
    content = new Readability(document, { maxElemsToParse: MAX_ELEMENTS, keepClasses: false }).parse()?.content;
  } catch {
    return lines;
  }
  if (!content) return lines;
  const article = extractHtmlText(content).map((l) => squash(l.text));
  const whole = article.join('\n');
  if (whole.length < MIN_ARTICLE) return lines;
  const counts = new Map<string, number>();
  for (const t of article) counts.set(t, (counts.get(t) ?? 0) + 1);
  return lines.map((line) => {
    const key = squash(line.text);
    const left = counts.get(key) ?? 0;
    const inside = left > 0 || (key.length >= 10 && whole.includes(key));
    if (left > 0) counts.set(key, left - 1);
    return inside ? line : { ...line, hints: { ...line.hints, outsideMain: true } };
  });
}

/**
 * Reads an HTML page: decoding and the text of its blocks with their markup hints (the tokeniser,
 * which refuses nesting deeper than its limit before any DOM is built), then the DOM pass of
 * `markMainContent`, then structure and chrome detection over both.
 */
export async function readHtmlPage(bytes: Uint8Array): Promise<ReadResult> {
  const read = readHtmlLines(bytes);
  if (!read.ok) return read;
  const lines = await markMainContent(read.value.html, read.value.lines);
  return structureReport(lines, { encoding: read.value.encoding, format: 'html' });
}

/** Reads HTML pasted from a browser (a string, no encoding to find) the same way as a page. */
export async function readHtmlString(html: string): Promise<ReadResult> {
  const read = readHtmlLines(new TextEncoder().encode(html));
  if (!read.ok) return read;
  const lines = await markMainContent(read.value.html, read.value.lines);
  return structureReport(lines, { encoding: 'utf-8', format: 'html' });
}
