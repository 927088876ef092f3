import { Parser } from 'htmlparser2';
import type { NoteAnchor } from '../document/buildDocument.js';
import type { ImportedNote } from './importReport.js';
import type { LineHints, ReportLine } from './reportLine.js';

/** Elements a Word converter writes one paragraph as. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);
/** Longest span a footnote mark anchors on: the words just before the reference, back to the last punctuation. */
const MAX_ANCHOR = 24;
const ANCHOR_STOP = /[，。；：！？、,.;:!?（）()“”"《》\s]/;

interface Paragraph {
  text: string;
  heading?: number;
  bold: number | null;
  refs: Array<{ noteId: string; at: number }>;
}

/** The span a note reference at `at` anchors on: the words before it back to punctuation, at least one character. */
function anchorOf(text: string, at: number, noteId: string): NoteAnchor {
  if (at <= 0) return { noteId, start: 0, end: Math.min(1, text.length) };
  let start = at;
  while (start > 0 && at - start < MAX_ANCHOR && !ANCHOR_STOP.test(text[start - 1] as string)) start--;
  if (start === at) start = at - 1;
  return { noteId, start, end: at };
}

/**
 * Reads the HTML that mammoth makes of a Word file into paragraphs: headings (`<h1>`… from Word's
 * heading styles), a bold run that opens a paragraph (a run-in heading set in bold), and footnotes and
 * endnotes, each lifted out of the text and returned as a note anchored on the words before its
 * reference mark. Pure: the converter runs in the back end.
 */
export function readWordHtml(html: string): { lines: ReportLine[]; notes: ImportedNote[] } {
  const paragraphs: Paragraph[] = [];
  const notes = new Map<string, string>();
  let current: Paragraph | null = null;
  let noteBody: { id: string; text: string } | null = null;
  let noteLink: 'ref' | 'back' | null = null;
  let refTarget = '';
  let boldDepth = 0;

  const noteIdOf = (href: string): string | null => {
    const m = /^#(footnote|endnote)-(\d+)$/.exec(href);
    return m ? `${m[1] === 'footnote' ? 'fn' : 'en'}${m[2]}` : null;
  };
  const closeParagraph = (): void => {
    if (current && current.text.trim()) paragraphs.push(current);
    current = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const noteItem = name === 'li' ? /^(footnote|endnote)-(\d+)$/.exec(attrs['id'] ?? '') : null;
        if (noteItem) {
          closeParagraph();
          noteBody = { id: `${noteItem[1] === 'footnote' ? 'fn' : 'en'}${noteItem[2]}`, text: '' };
          return;
        }
        if (name === 'a') {
          const href = attrs['href'] ?? '';
          if (noteIdOf(href)) {
            noteLink = 'ref';
            refTarget = noteIdOf(href) as string;
          } else if (/^#(footnote|endnote)-ref-/.test(href)) {
            noteLink = 'back';
          }
          return;
        }
        if (noteBody) return;
        if (PARAGRAPHS.has(name)) {
          closeParagraph();
          current = { text: '', bold: null, refs: [], ...(/^h[1-6]$/.test(name) ? { heading: Number(name.slice(1)) } : {}) };
        }
        if (name === 'strong' || name === 'b') boldDepth++;
      },
      ontext(text) {
        if (noteLink === 'ref') {
          if (current) current.refs.push({ noteId: refTarget, at: current.text.length });
          return;
        }
        if (noteLink === 'back') return;
        if (noteBody) {
          noteBody.text += text;
          return;
        }
        if (!current) current = { text: '', bold: null, refs: [] };
        if (boldDepth > 0 && text.trim() && (current.bold === null ? current.text.trim() === '' : current.bold === current.text.length)) {
          current.bold = current.text.length + text.length;
        }
        current.text += text;
      },
      onclosetag(name) {
        if (name === 'a') {
          noteLink = null;
          return;
        }
        if (name === 'li' && noteBody) {
          notes.set(noteBody.id, noteBody.text.replace(/\s+/g, ' ').trim());
          noteBody = null;
          return;
        }
        if (noteBody) return;
        if (name === 'strong' || name === 'b') boldDepth = Math.max(0, boldDepth - 1);
        if (PARAGRAPHS.has(name)) closeParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  closeParagraph();

  const lines: ReportLine[] = paragraphs.map((p, i) => {
    const lead = p.text.length - p.text.trimStart().length;
    const text = p.text.trim();
    // Offsets move with the trimming of the paragraph's leading spaces.
    const anchors = p.refs.filter((r) => notes.has(r.noteId)).map((r) => anchorOf(text, Math.max(0, Math.min(text.length, r.at - lead)), r.noteId));
    const hints: { -readonly [K in keyof LineHints]: LineHints[K] } = {};
    if (p.heading !== undefined) hints.heading = p.heading;
    if (p.bold !== null && p.bold - lead >= 2) hints.boldLead = Math.min(text.length, p.bold - lead);
    if (anchors.length) hints.notes = anchors;
    return { text, line: i + 1, hints };
  });
  return { lines, notes: [...notes].map(([id, text]) => ({ id, text })) };
}
