import { unzipSync } from 'fflate';
import type { PlainText, SpanMark } from '../../document/plainText.js';
import { fail, ok, type Problem, type Result } from '../../util/result.js';
import { decodeXml, parseXml, type XmlElement } from '../../xml/parseXml.js';

export type ReviewProblemCode =
  | 'review.tooLarge'
  | 'review.notDocx'
  | 'review.notReview'
  | 'review.otherSource'
  | 'review.noRows'
  | 'review.duplicateId'
  | 'review.unknownUnit'
  | 'review.sourceChanged';

/** Largest review file read, and largest part inflated from it (a zip bomb is refused before it is inflated). */
export const MAX_REVIEW_BYTES = 64 * 1024 * 1024;
const MAX_PART_BYTES = 256 * 1024 * 1024;

/** The names of the custom document properties a review table carries (Word and LibreOffice keep them). */
export const REVIEW_PROPERTIES = { marker: 'DuizhaoReview', sha256: 'DuizhaoSourceSha256', file: 'DuizhaoSourceFile' } as const;

/** A comment the reviewer attached with Word's Comment command, with its author. */
export interface ReviewComment {
  readonly author: string;
  readonly text: string;
}

/** One row of the review table as the reviewer left it. */
export interface ReviewRow {
  readonly id: string;
  /** The fingerprint of the English as it was exported (hidden text in the id cell), or null if it was lost. */
  readonly fingerprint: string | null;
  readonly status: string;
  readonly source: string;
  /** The English, with bold and italic as marks (UTF-16 spans). */
  readonly target: PlainText;
  /** The reviewer's comment column. */
  readonly comment: string;
  /** Word comments anchored anywhere in the row. */
  readonly comments: readonly ReviewComment[];
}

/** A review table read back from Word: the source it was made for, and its rows in order. */
export interface ReviewTable {
  readonly sourceSha256: string | null;
  readonly sourceFile: string | null;
  /** Who last saved the file (Word's "last modified by"): the reviewer its tracked changes are credited to; null when absent. */
  readonly reviewer?: string | null;
  readonly rows: readonly ReviewRow[];
}

const isElement = (c: XmlElement | string): c is XmlElement => typeof c !== 'string';
const kids = (e: XmlElement): XmlElement[] => e.children.filter(isElement);
const on = (props: XmlElement | undefined, name: string): boolean => {
  const p = props && kids(props).find((c) => c.name === name);
  return p !== undefined && !/^(0|false|off)$/i.test(p.attrs['w:val'] ?? '');
};

/** The text of a cell (paragraphs joined by "\n"), its hidden text apart, bold/italic as marks; deleted text (tracked deletions) left out. */
function cellContent(cellElement: XmlElement): { text: string; hidden: string; marks: SpanMark[]; commentIds: string[] } {
  let text = '';
  let hidden = '';
  const marks: SpanMark[] = [];
  const commentIds: string[] = [];
  let paragraphs = 0;
  const run = (r: XmlElement): void => {
    const props = kids(r).find((c) => c.name === 'rPr');
    const vanish = on(props, 'vanish');
    let piece = '';
    for (const c of kids(r)) {
      if (c.name === 't') piece += c.children.filter((x): x is string => typeof x === 'string').join('');
      else if (c.name === 'tab') piece += '\t';
      else if (c.name === 'br' || c.name === 'cr') piece += '\n';
      else if (c.name === 'noBreakHyphen') piece += '-';
      else if (c.name === 'commentReference' && c.attrs['w:id'] !== undefined) commentIds.push(c.attrs['w:id']);
    }
    if (!piece) return;
    if (vanish) {
      hidden += piece;
      return;
    }
    const start = text.length;
    text += piece;
    if (on(props, 'b')) marks.push({ type: 'strong', start, end: text.length });
    if (on(props, 'i')) marks.push({ type: 'em', start, end: text.length });
  };
  const walk = (e: XmlElement): void => {
    for (const c of kids(e)) {
      if (c.name === 'del' || c.name === 'moveFrom' || c.name === 'rPr' || c.name === 'pPr') continue;
      if (c.name === 'p') {
        if (paragraphs++ > 0) text += '\n';
        walk(c);
      } else if (c.name === 'r') run(c);
      else if (c.name === 'commentRangeStart' && c.attrs['w:id'] !== undefined) commentIds.push(c.attrs['w:id']);
      else walk(c);
    }
  };
  walk(cellElement);
  return { text, hidden, marks, commentIds };
}

/** The first table of the body with five columns: the review table. */
function findTable(e: XmlElement): XmlElement | null {
  for (const c of kids(e)) {
    if (c.name === 'tbl') {
      const first = kids(c).find((r) => r.name === 'tr');
      if (first && kids(first).filter((x) => x.name === 'tc').length === 5) return c;
    } else {
      const found = findTable(c);
      if (found) return found;
    }
  }
  return null;
}

function customProperties(root: XmlElement | null): Map<string, string> {
  const props = new Map<string, string>();
  for (const p of root ? kids(root) : []) {
    const name = p.attrs['name'];
    const value = kids(p)[0];
    if (name && value) props.set(name, value.children.filter((x): x is string => typeof x === 'string').join(''));
  }
  return props;
}

function commentsOf(root: XmlElement | null): Map<string, ReviewComment> {
  const out = new Map<string, ReviewComment>();
  for (const c of root ? kids(root).filter((x) => x.name === 'comment') : []) {
    const id = c.attrs['w:id'];
    if (id !== undefined) out.set(id, { author: c.attrs['w:author'] ?? '', text: cellContent(c).text.trim() });
  }
  return out;
}

function parsePart(parts: Record<string, Uint8Array>, name: string): Result<XmlElement | null, Problem> {
  const bytes = parts[name];
  if (!bytes) return ok(null);
  const text = decodeXml(bytes);
  if (!text.ok) return text;
  return parseXml(text.value);
}

/**
 * Reads a review table (.docx) back: the custom properties that name its source, and each row of its
 * five-column table (id, status, Chinese, English, comment) as the reviewer left it, Word comments
 * included. The zip is read with fflate and only the parts needed are inflated, each after its
 * declared size is checked; the XML with the project's strict parser. Never throws on bad input.
 */
export function readReviewDocx(bytes: Uint8Array): Result<ReviewTable, Problem> {
  if (bytes.length > MAX_REVIEW_BYTES) return fail('review.tooLarge', { limit: MAX_REVIEW_BYTES });
  const wanted = new Set(['word/document.xml', 'word/comments.xml', 'docProps/custom.xml', 'docProps/core.xml']);
  let parts: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted.has(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    return fail('review.notDocx');
  }
  if (tooLarge) return fail('review.tooLarge', { limit: MAX_PART_BYTES });
  const document = parsePart(parts, 'word/document.xml');
  if (!document.ok) return document;
  if (!document.value) return fail('review.notDocx');
  const custom = parsePart(parts, 'docProps/custom.xml');
  const comments = parsePart(parts, 'word/comments.xml');
  if (!custom.ok) return custom;
  if (!comments.ok) return comments;
  const core = parsePart(parts, 'docProps/core.xml');
  const props = customProperties(custom.value);
  const coreText = (name: string): string => {
    const e = core.ok && core.value ? kids(core.value).find((c) => c.name === name) : undefined;
    return e ? e.children.filter((x): x is string => typeof x === 'string').join('').trim().slice(0, 200) : '';
  };
  // As exported, "last modified by" is the creator: someone else's name there is the reviewer's (Word writes it on saving).
  const modifiedBy = coreText('lastModifiedBy');
  const reviewer = modifiedBy && modifiedBy !== coreText('creator') && modifiedBy !== 'Un-named' ? modifiedBy : null;
  const notes = commentsOf(comments.value);
  const table = findTable(document.value);
  if (!table || props.get(REVIEW_PROPERTIES.marker) === undefined) return fail('review.notReview');
  const rows: ReviewRow[] = [];
  // The first row is the header (written so); another editor may drop its "repeat as header" flag, so the flag is not asked for.
  for (const tr of kids(table).filter((r) => r.name === 'tr').slice(1)) {
    const cells = kids(tr).filter((c) => c.name === 'tc').map(cellContent);
    if (cells.length < 5) continue;
    const [id, status, source, target, comment] = cells as [ReturnType<typeof cellContent>, ReturnType<typeof cellContent>, ReturnType<typeof cellContent>, ReturnType<typeof cellContent>, ReturnType<typeof cellContent>];
    const commentIds = [...new Set(cells.flatMap((c) => c.commentIds))];
    rows.push({
      id: id.text.trim(),
      fingerprint: /^[0-9a-f]{8}$/.exec(id.hidden.trim())?.[0] ?? null,
      status: status.text.trim(),
      source: source.text,
      target: { text: target.text, marks: target.marks },
      comment: comment.text.trim(),
      comments: commentIds.flatMap((c) => {
        const found = notes.get(c);
        return found && found.text ? [found] : [];
      }),
    });
  }
  return ok({ sourceSha256: props.get(REVIEW_PROPERTIES.sha256)?.trim() ?? null, sourceFile: props.get(REVIEW_PROPERTIES.file) ?? null, reviewer, rows });
}
