import type { Mark, Node } from 'prosemirror-model';
import type { ProjectNote } from '../document/projectFile.js';
import { unitAttrs, type UnitAttrs } from '../document/unitAttrs.js';
import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import type { TermIndex } from '../glossary/termIndex.js';
import { termOccurrences } from '../glossary/termOccurrences.js';
import { printCss } from './printCss.js';

export const PRINT_LAYOUTS = ['side-by-side', 'interleaved', 'english'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** What the user chose in the export dialog (or on the command line). */
export interface PrintOptions {
  readonly layout: PrintLayout;
  readonly paper: PaperSize;
  readonly glossaryAppendix: boolean;
  readonly notes: boolean;
  /** Paragraphs without an English translation: shown in Chinese only, or left out. */
  readonly untranslated: 'chinese' | 'omit';
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = { layout: 'side-by-side', paper: 'a4', glossaryAppendix: true, notes: true, untranslated: 'chinese' };

/** Words the PDF itself contains, in the language of the edition (the caller takes them from its locale). */
export interface PrintLabels {
  readonly chinese: string;
  readonly english: string;
  readonly notes: string;
  readonly glossary: string;
  readonly glossaryChinese: string;
  readonly glossaryEnglish: string;
  readonly glossaryNote: string;
  readonly untranslated: string;
}

export interface PrintInput {
  readonly doc: Node;
  readonly notes: readonly ProjectNote[];
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly index: TermIndex | null;
  /** The document title (the English of the title unit, else its Chinese, else the file name). */
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

interface Rendered {
  readonly html: string;
  readonly text: string;
}

/** Renders inline content: marks as elements, a note's number after the span it is anchored on. */
function renderInline(node: Node, noteNumber: (id: string) => number | null): Rendered {
  let html = '';
  let text = '';
  node.forEach((child, _offset, i) => {
    if (child.type.name === 'hard_break') {
      html += '<br>';
      text += '\n';
      return;
    }
    let piece = escapeHtml(child.text ?? '');
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

/** A run-in heading's level as a heading element (inline in its paragraph), or null. */
function runInTag(attrs: UnitAttrs): string | null {
  return attrs.runIn !== null ? `h${Math.min(6, (attrs.level ?? 1) + 1)}` : null;
}

/** The Chinese of a unit, its run-in heading (if any) as an inline heading so it is tagged and outlined. */
function sourceHtml(unit: Node, attrs: UnitAttrs, noteNumber: (id: string) => number | null): Rendered {
  const tag = runInTag(attrs);
  const source = unit.child(0);
  if (!tag || attrs.runIn === null || attrs.runIn >= source.content.size) return renderInline(source, noteNumber);
  const heading = renderInline(source.cut(0, attrs.runIn), noteNumber);
  const body = renderInline(source.cut(attrs.runIn), noteNumber);
  return { html: `<${tag} class="run-in">${heading.html}</${tag}>${body.html}`, text: heading.text + body.text };
}

interface PrintedUnit {
  readonly attrs: UnitAttrs;
  readonly source: Rendered;
  readonly target: Rendered | null;
  readonly notes: ReadonlyArray<{ readonly n: number; readonly text: string }>;
}

/**
 * Builds the print HTML of a bilingual edition: one pure function from the project (and its glossary)
 * to HTML and CSS, shared by the app's printer and the command line's. Page geometry, running header
 * and "n / N" page numbers are CSS (`@page` margin boxes); every cell says its language; headings
 * are real h1–h6, so a tagged PDF gets them as its outline; everything is escaped and nothing is
 * loaded from outside the page but its fonts. Excluded units never appear.
 */
export function buildPrintHtml(input: PrintInput, options: PrintOptions): PrintPage {
  const noteText = new Map(input.notes.map((n) => [n.id, n.text]));
  const numbers = new Map<string, number>();
  const noteNumber = (id: string): number | null => {
    if (!options.notes || !noteText.has(id)) return null;
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = numbers.size + 1));
    return n;
  };

  const units: PrintedUnit[] = [];
  const firstUse = new Map<string, number>();
  input.doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    if (attrs.excluded) return;
    const target = unit.child(1);
    const translated = target.textContent.trim().length > 0;
    if (!translated && options.untranslated === 'omit') return;
    const before = numbers.size;
    const source = sourceHtml(unit, attrs, noteNumber);
    const rendered = translated ? renderInline(target, noteNumber) : null;
    const notes = [...numbers.entries()].slice(before).map(([id, n]) => ({ n, text: noteText.get(id) ?? '' }));
    for (const o of [...termOccurrences(unit.child(0), input.index), ...termOccurrences(target, null)]) {
      if (!firstUse.has(o.entryId) && input.entries.has(o.entryId)) firstUse.set(o.entryId, firstUse.size);
    }
    units.push({ attrs, source, target: rendered, notes });
  });

  const body = options.layout === 'side-by-side' ? sideBySide(units, input.labels) : flowing(units, options.layout, input.labels);
  const used = [...firstUse.keys()].map((id) => input.entries.get(id) as GlossaryEntry);
  const appendix = options.glossaryAppendix ? glossaryAppendix(used, input.labels) : '';
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

/** Side by side: a table per section (a level-1 heading and what follows), Chinese left, English right. */
function sideBySide(units: readonly PrintedUnit[], labels: PrintLabels): string {
  const sections: PrintedUnit[][] = [[]];
  for (const u of units) {
    if (u.attrs.kind === 'heading' && u.attrs.level === 1 && (sections[sections.length - 1] as PrintedUnit[]).length > 0) sections.push([]);
    (sections[sections.length - 1] as PrintedUnit[]).push(u);
  }
  const head = `<thead><tr><th lang="zh-CN" scope="col">${escapeHtml(labels.chinese)}</th><th lang="en" scope="col">${escapeHtml(labels.english)}</th></tr></thead>`;
  return sections
    .filter((s) => s.length > 0)
    .map((section) => {
      const rows = section.map((u) => {
        const tag = headingTag(u.attrs);
        const kind = `kind-${u.attrs.kind}${u.attrs.level ? ` level-${u.attrs.level}` : ''}`;
        // The English heading (or the Chinese, when untranslated) is the real heading, for the outline.
        const english = u.target
          ? tag
            ? `<${tag}>${u.target.html}</${tag}>`
            : `<p>${u.target.html}</p>`
          : `<p class="untranslated">${escapeHtml(labels.untranslated)}</p>`;
        const chinese = tag && !u.target ? `<${tag}>${u.source.html}</${tag}>` : `<p>${u.source.html}</p>`;
        const notes = u.notes.length ? `<tr class="notes-row"><td colspan="2">${notesBlock(u.notes, labels)}</td></tr>` : '';
        return `<tr class="${kind}"><td lang="zh-CN">${chinese}</td><td lang="en">${english}</td></tr>${notes}`;
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
      const kind = `kind-${u.attrs.kind}${u.attrs.level ? ` level-${u.attrs.level}` : ''}`;
      const english = u.target ? (tag ? `<${tag} lang="en">${u.target.html}</${tag}>` : `<p lang="en">${u.target.html}</p>`) : null;
      const chineseTag = tag && (layout === 'interleaved' ? !u.target : true) && !english ? tag : 'p';
      const chinese = `<${chineseTag} lang="zh-CN" class="zh">${u.source.html}</${chineseTag}>`;
      const parts = layout === 'interleaved' ? [chinese, english ?? ''] : [english ?? chinese];
      return `<div class="unit ${kind}">${parts.join('')}${notesBlock(u.notes, labels)}</div>`;
    })
    .join('\n')}</main>`;
}

function glossaryAppendix(entries: readonly GlossaryEntry[], labels: PrintLabels): string {
  if (entries.length === 0) return '';
  const rows = entries
    .map((e) => `<tr><td lang="zh-CN">${escapeHtml(e.term)}</td><td lang="en">${escapeHtml(e.renderings[0] ?? '')}</td><td lang="en">${escapeHtml(e.note)}</td></tr>`)
    .join('');
  return `<section class="appendix"><h2>${escapeHtml(labels.glossary)}</h2><table class="glossary"><thead><tr><th lang="zh-CN" scope="col">${escapeHtml(labels.glossaryChinese)}</th><th scope="col">${escapeHtml(labels.glossaryEnglish)}</th><th scope="col">${escapeHtml(labels.glossaryNote)}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
