import type { Mark, Node } from 'prosemirror-model';
import type { ProjectNote } from '../document/projectFile.js';
import type { UnitAttrs } from '../document/unitAttrs.js';
import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import type { TermIndex } from '../glossary/termIndex.js';
import { editionUnits, type EditionChoices } from './editionUnits.js';
import { appendixEntries, paragraphRanges, type AppendixEntry } from './glossaryAppendix.js';
import { noteNumbers } from './noteNumbers.js';
import { printCss } from './printCss.js';

export const PRINT_LAYOUTS = ['side-by-side', 'interleaved', 'english'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** What the user chose in the export dialog (or on the command line). */
export interface PrintOptions extends EditionChoices {
  readonly layout: PrintLayout;
  readonly paper: PaperSize;
  readonly glossaryAppendix: boolean;
  readonly notes: boolean;
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = { layout: 'side-by-side', paper: 'a4', glossaryAppendix: true, notes: true, untranslated: 'chinese', normalizePunctuation: false };

/** Words the PDF itself contains, in the language of the edition (the caller takes them from its locale). */
export interface PrintLabels {
  readonly chinese: string;
  readonly english: string;
  readonly notes: string;
  readonly glossary: string;
  readonly glossaryChinese: string;
  readonly glossaryEnglish: string;
  readonly glossaryDefinition: string;
  readonly glossaryParagraphs: string;
  readonly untranslated: string;
}

export interface PrintInput {
  readonly doc: Node;
  readonly notes: readonly ProjectNote[];
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly index: TermIndex | null;
  /** The report's title for the running header and the document's <title> (never a file name; may be empty). */
  readonly title: string;
  /** The translator, for the PDF's metadata. */
  readonly author: string;
  /** `@font-face` rules for the bundled fonts, with URLs relative to the print page. */
  readonly fontCss: string;
  readonly labels: PrintLabels;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A run of digits, Latin letters and the marks between them too long to sit unbroken at a line's end. */
const LONG_RUN = /[0-9A-Za-z.,%:\u2236/+-]{7,}/g;
/** Full-width punctuation whose blank half is at its end (stops, closing brackets and quotes) or its start (opening ones). */
const CLOSING = new Set('，。、；：！？）】》」』〕〉”’');
const OPENING = new Set('（【《「『〔〈“‘');
const CLOSING_BRACKET = new Set('）】》」』〕〉”’');
const HAN = /\p{Script=Han}/u;

/**
 * Chinese text as HTML. Inside long runs of figures or Latin text, a break opportunity (<wbr>) after
 * each separator, so a ratio such as 0.5∶38.7∶60.8 may break across lines instead of leaving a line
 * that justification must stretch; so may a line end before an opening quotation mark or after a
 * closing one next to a Han character. Where two full-width marks meet (，“ or ）。), the blank half of
 * one is taken away (the font's `halt` feature, class `pc`), as Chinese typesetting compresses them.
 */
export function breakableChinese(text: string): string {
  let html = '';
  let last = 0;
  const plain = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text[i] as string;
      const next = text[i + 1];
      const previous = text[i - 1];
      const squeeze = next !== undefined && CLOSING.has(c) && (CLOSING.has(next) || OPENING.has(next));
      const squeezeOpening = previous !== undefined && OPENING.has(c) && OPENING.has(previous);
      // Browsers keep quotation marks to their neighbours (UAX 14, LB19); Chinese lets “ begin a line and ” end one.
      if (OPENING.has(c) && previous !== undefined && HAN.test(previous)) html += '<wbr>';
      html += squeeze || squeezeOpening ? `<span class="pc">${escapeHtml(c)}</span>` : escapeHtml(c);
      if (CLOSING_BRACKET.has(c) && next !== undefined && HAN.test(next)) html += '<wbr>';
    }
  };
  for (const match of text.matchAll(LONG_RUN)) {
    plain(last, match.index);
    html += match[0]
      .split(/(?<=[^\u2236:,/][\u2236:,/])(?=.)/u)
      .map(escapeHtml)
      .join('<wbr>');
    last = match.index + match[0].length;
  }
  plain(last, text.length);
  return html;
}

interface Rendered {
  readonly html: string;
  readonly text: string;
}

/** Renders inline content: marks as elements, a note's number after the span it is anchored on. */
function renderInline(node: Node, noteNumber: (id: string) => number | null, chinese = false): Rendered {
  let html = '';
  let text = '';
  node.forEach((child, _offset, i) => {
    if (child.type.name === 'hard_break') {
      html += '<br>';
      text += '\n';
      return;
    }
    let piece = chinese ? breakableChinese(child.text ?? '') : escapeHtml(child.text ?? '');
    text += child.text ?? '';
    for (const mark of child.marks) piece = wrap(piece, mark);
    html += piece;
    // A note's number goes after the last piece of text that carries it.
    const next = i + 1 < node.childCount ? node.child(i + 1) : null;
    for (const mark of child.marks) {
      if (mark.type.name !== 'note') continue;
      if (next?.marks.some((m) => m.eq(mark))) continue;
      const n = noteNumber(mark.attrs['noteId'] as string);
      if (n !== null) html += `<sup class="note-ref"><a href="#note-${n}" id="note-ref-${n}">${n}</a></sup>`;
    }
  });
  return { html, text };
}

function wrap(html: string, mark: Mark): string {
  switch (mark.type.name) {
    case 'strong':
      return `<strong>${html}</strong>`;
    case 'em':
      return `<em>${html}</em>`;
    case 'term':
      return `<span class="term">${html}</span>`;
    default:
      return html;
  }
}

/** The heading element of a unit: the title is h1, level-1 headings h2, and so on down to h6. */
function headingTag(attrs: UnitAttrs): string | null {
  if (attrs.kind === 'title') return 'h1';
  if (attrs.kind === 'heading' && attrs.runIn === null) return `h${Math.min(6, (attrs.level ?? 1) + 1)}`;
  return null;
}

/** The class that styles a heading alike in both languages: `h h-title`, `h h-level-2`…; '' for other units. */
function headingClass(attrs: UnitAttrs): string {
  if (attrs.kind === 'title') return 'h h-title';
  if (attrs.kind === 'heading' && attrs.runIn === null) return `h h-level-${Math.min(4, attrs.level ?? 1)}`;
  return '';
}

/** A run-in heading's level as a heading element (inline in its paragraph), or null. */
function runInTag(attrs: UnitAttrs): string | null {
  return attrs.runIn !== null ? `h${Math.min(6, (attrs.level ?? 1) + 1)}` : null;
}

/** The Chinese of a unit, its run-in heading (if any) as an inline heading so it is tagged and outlined. */
function sourceHtml(source: Node, attrs: UnitAttrs, noteNumber: (id: string) => number | null): Rendered {
  const tag = runInTag(attrs);
  if (!tag || attrs.runIn === null || attrs.runIn >= source.content.size) return renderInline(source, noteNumber, true);
  const heading = renderInline(source.cut(0, attrs.runIn), noteNumber, true);
  const body = renderInline(source.cut(attrs.runIn), noteNumber, true);
  return { html: `<${tag} class="run-in">${heading.html}</${tag}>${body.html}`, text: heading.text + body.text };
}

interface PrintedUnit {
  readonly attrs: UnitAttrs;
  readonly number: number;
  readonly source: Rendered;
  readonly target: Rendered | null;
  readonly notes: ReadonlyArray<{ readonly n: number; readonly text: string }>;
}

/**
 * Builds the print HTML of a bilingual edition: one pure function from the project (and its glossary)
 * to HTML and CSS, shared by the app's printer and the command line's. Page geometry, running header
 * and "n / N" page numbers are CSS (`@page` margin boxes); every cell says its language; headings
 * are real h1–h6, so a tagged PDF gets them as its outline, and a heading's Chinese is set like its
 * English; every unit carries its paragraph number in the margin, which the glossary appendix cites;
 * everything is escaped and nothing is loaded from outside the page but its fonts. Excluded units
 * never appear.
 */
export function buildPrintHtml(input: PrintInput, options: PrintOptions): PrintPage {
  const notes = noteNumbers(input.notes, options.notes);
  const numbers = notes.cited;
  const noteNumber = notes.numberOf;

  const edition = editionUnits(input.doc, options);
  const units: PrintedUnit[] = edition.map((u) => {
    const before = numbers.size;
    const source = sourceHtml(u.source, u.attrs, noteNumber);
    const target = u.target ? renderInline(u.target, noteNumber) : null;
    return { attrs: u.attrs, number: u.number, source, target, notes: [...numbers.entries()].slice(before).map(([id, n]) => ({ n, text: notes.textOf(id) })) };
  });

  const body = options.layout === 'side-by-side' ? sideBySide(units, input.labels) : flowing(units, options.layout, input.labels);
  const appendix = options.glossaryAppendix ? glossaryAppendix(appendixEntries(edition, input.index, input.entries), input.labels) : '';
  const headings = units.flatMap((u) => {
    if (headingTag(u.attrs)) return [u.target?.text ?? u.source.text];
    if (runInTag(u.attrs) && u.attrs.runIn !== null) return [u.source.text.slice(0, u.attrs.runIn)];
    return [];
  });
  if (appendix) headings.push(input.labels.glossary);
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<meta name="author" content="${escapeHtml(input.author)}">`,
    '<meta name="generator" content="Duizhao">',
    `<style>${input.fontCss}\n${printCss(options, input.title)}</style>`,
    '</head>',
    `<body class="layout-${options.layout}">`,
    body,
    appendix,
    '</body>',
    '</html>',
  ].join('\n');
  return { html, headings };
}

/** The print page and its headings in document order (what the PDF's outline should say). */
export interface PrintPage {
  readonly html: string;
  readonly headings: readonly string[];
}

function notesBlock(notes: PrintedUnit['notes'], labels: PrintLabels): string {
  if (notes.length === 0) return '';
  const items = notes.map((n) => `<li value="${n.n}" id="note-${n.n}">${escapeHtml(n.text)}</li>`).join('');
  return `<aside class="notes" aria-label="${escapeHtml(labels.notes)}"><ol>${items}</ol></aside>`;
}

const paragraphNumber = (u: PrintedUnit): string => `<span class="para-no" id="p${u.number}">${u.number}</span>`;

/** The classes of a unit's row or block: its kind and level, and whether it is a heading set apart. */
function kindClass(attrs: UnitAttrs): string {
  const heading = headingTag(attrs) ? ' heading-row' : '';
  return `kind-${attrs.kind}${attrs.level ? ` level-${attrs.level}` : ''}${heading}`;
}

/**
 * Characters of a side-by-side column's line at the body size on A4 (about 21 Chinese characters,
 * 45 Latin ones), to tell a short row from a long one without laying it out.
 */
const CHINESE_PER_LINE = 21;
const LATIN_PER_LINE = 45;
/** Lines of a short row: one that moves to the next page whole rather than break. */
const SHORT_ROW_LINES = 4;

/**
 * Whether a row is short enough to keep whole (a few lines in both columns): splitting it would leave
 * a line or two on either page; a longer row breaks across pages, or the page before it is left
 * partly empty. A long heading (a run-in heading set as a row) breaks like any long row.
 */
function isShortRow(u: PrintedUnit): boolean {
  const lines = Math.max(Math.ceil(u.source.text.length / CHINESE_PER_LINE), Math.ceil((u.target?.text.length ?? 0) / LATIN_PER_LINE));
  return lines <= SHORT_ROW_LINES;
}

/** Side by side: a table per section (a level-1 heading and what follows), Chinese left, English right. */
function sideBySide(units: readonly PrintedUnit[], labels: PrintLabels): string {
  const sections: PrintedUnit[][] = [[]];
  for (const u of units) {
    if (u.attrs.kind === 'heading' && u.attrs.level === 1 && u.attrs.runIn === null && (sections[sections.length - 1] as PrintedUnit[]).length > 0) sections.push([]);
    (sections[sections.length - 1] as PrintedUnit[]).push(u);
  }
  const head = `<thead><tr><th lang="zh-CN" scope="col">${escapeHtml(labels.chinese)}</th><th lang="en" scope="col">${escapeHtml(labels.english)}</th></tr></thead>`;
  return sections
    .filter((s) => s.length > 0)
    .map((section) => {
      const rows = section.map((u) => {
        const tag = headingTag(u.attrs);
        const cls = headingClass(u.attrs);
        const classAttr = cls ? ` class="${cls}"` : '';
        // The English heading (or the Chinese, when untranslated) is the real heading, for the outline; both are styled alike.
        const english = u.target
          ? tag
            ? `<${tag}${classAttr}>${u.target.html}</${tag}>`
            : `<p>${u.target.html}</p>`
          : `<p class="untranslated">${escapeHtml(labels.untranslated)}</p>`;
        // A run-in heading is an h-element inside the paragraph, which a <p> may not hold: such a paragraph is a <div class="p">.
        const block = u.attrs.runIn !== null ? 'div' : 'p';
        const chinese = tag && !u.target ? `<${tag}${classAttr}>${u.source.html}</${tag}>` : `<${block}${cls ? classAttr : block === 'div' ? ' class="p"' : ''}>${u.source.html}</${block}>`;
        const notes = u.notes.length ? `<tr class="notes-row"><td colspan="2">${notesBlock(u.notes, labels)}</td></tr>` : '';
        return `<tr class="${kindClass(u.attrs)}${isShortRow(u) ? ' keep' : ''}"><td lang="zh-CN">${paragraphNumber(u)}${chinese}</td><td lang="en">${english}</td></tr>${notes}`;
      });
      return `<section><table class="rows">${head}<tbody>${rows.join('')}</tbody></table></section>`;
    })
    .join('\n');
}

/** Interleaved (each Chinese paragraph followed by its English) and English only. */
function flowing(units: readonly PrintedUnit[], layout: PrintLayout, labels: PrintLabels): string {
  return `<main>${units
    .map((u) => {
      const tag = headingTag(u.attrs);
      const cls = headingClass(u.attrs);
      const english = u.target ? (tag ? `<${tag} lang="en" class="${cls}">${u.target.html}</${tag}>` : `<p lang="en">${u.target.html}</p>`) : null;
      // The Chinese of a heading is the real heading only when there is no English to be it.
      const chineseTag = tag && !english ? tag : u.attrs.runIn !== null ? 'div' : 'p';
      const chinese = `<${chineseTag} lang="zh-CN" class="zh${chineseTag === 'div' ? ' p' : ''}${cls ? ` ${cls}` : ''}">${u.source.html}</${chineseTag}>`;
      const parts = layout === 'interleaved' ? [chinese, english ?? ''] : [english ?? chinese];
      return `<div class="unit ${kindClass(u.attrs)}">${paragraphNumber(u)}${parts.join('')}${notesBlock(u.notes, labels)}</div>`;
    })
    .join('\n')}</main>`;
}

function glossaryAppendix(entries: readonly AppendixEntry[], labels: PrintLabels): string {
  if (entries.length === 0) return '';
  const rows = entries
    .map(
      ({ entry: e, paragraphs }) =>
        `<tr><td lang="zh-CN">${escapeHtml(e.term)}</td><td lang="en">${escapeHtml(e.renderings[0] ?? '')}</td><td lang="en">${escapeHtml(e.definition)}</td><td class="where">${escapeHtml(paragraphRanges(paragraphs))}</td></tr>`,
    )
    .join('');
  const th = (text: string, lang = 'en'): string => `<th lang="${lang}" scope="col">${escapeHtml(text)}</th>`;
  return `<section class="appendix"><h2>${escapeHtml(labels.glossary)}</h2><table class="glossary"><thead><tr>${th(labels.glossaryChinese)}${th(labels.glossaryEnglish)}${th(labels.glossaryDefinition)}${th(labels.glossaryParagraphs)}</tr></thead><tbody>${rows}</tbody></table></section>`;
}
