import type { NoteAnchor } from '../document/buildDocument.js';
import { endsSentence } from './lineShape.js';
import type { ReportLine } from './reportLine.js';

/** A line after trimming, as structure detection reads it. */
export interface TrimmedLine {
  readonly text: string;
  readonly line: number;
  readonly hints: NonNullable<ReportLine['hints']>;
}

/** Ends a sentence or a clause that introduces what follows (a colon). */
const endsClause = (text: string): boolean => endsSentence(text) || /[:：][”’"')）】」』]*$/.test(text.slice(-4));
const CONTINUATION_START = /^[，。、；：）)》」』”’%％‰]/;
const STRUCTURE_START = /^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]{1,4}[章节条]|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,]|各位代表|——)/;
const DATE_HALF = /^([—–―─-]{1,2}|[(（])?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const MEETING_HALF = /^在.{2,60}(会议|大会|会)上[)）]?$/;
/** A fragment a scraper cut from its sentence is short: a number, a bracket, a word or two. */
const MAX_FRAGMENT = 8;
const MIN_BODY = 12;
/** Prose has commas or full stops inside; titles, subtitles and headings standing alone have none. */
const PROSE_MARK = /[，。；,;]/;
const OPENING_END = /[“‘（(《「『【〔]$/;
/** A line that is nothing but an opening bracket or quote belongs to the start of the next line. */
const OPENING_ONLY = /^[“‘（(《「『【〔]{1,2}$/;

const LATIN_EDGE = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** Joins two pieces of one sentence: with a space between Latin words, with nothing between Chinese characters. */
export function joinPieces(a: string, b: string): string {
  if (a.endsWith('-') && /[a-z]$/i.test(a.slice(0, -1)) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return LATIN_EDGE.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b;
}

function shifted(notes: readonly NoteAnchor[] | undefined, by: number): NoteAnchor[] {
  return (notes ?? []).map((n) => ({ ...n, start: n.start + by, end: n.end + by }));
}

function merge(a: TrimmedLine, b: TrimmedLine): TrimmedLine {
  const text = joinPieces(a.text, b.text);
  const notes = [...(a.hints.notes ?? []), ...shifted(b.hints.notes, text.length - b.text.length)];
  return { text, line: a.line, hints: { ...a.hints, ...(notes.length ? { notes } : {}) } };
}

/** True when the line's quotes or brackets are left open: “ without ”, （ without ）. */
function leavesOpen(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return OPENING_END.test(text) || count(/“/g) > count(/”/g) || count(/（/g) > count(/）/g);
}

function isBodyOpen(line: TrimmedLine): boolean {
  if (line.hints.chrome !== undefined || endsClause(line.text)) return false;
  return (line.text.length >= MIN_BODY && PROSE_MARK.test(line.text)) || leavesOpen(line.text);
}

function isFragment(line: TrimmedLine, chromeCue: (text: string) => unknown): boolean {
  return (
    line.hints.chrome === undefined &&
    ((line.text.length <= MAX_FRAGMENT && !STRUCTURE_START.test(line.text) && !chromeCue(line.text)) || CONTINUATION_START.test(line.text))
  );
}

/**
 * Joins lines a scraper broke inside a sentence back to their paragraph: a short fragment (a lone
 * "2.5", a lone "（", a word) or a line that starts with continuing punctuation, after a line of prose
 * that stops mid-sentence; and a dated subtitle split into its date and its meeting. A line that
 * could open a new part (a heading marker, 各位代表) is never joined. `chromeCue` keeps page
 * controls (a lone 打印) from being taken for fragments.
 */
export function repairLines(lines: readonly TrimmedLine[], chromeCue: (text: string) => unknown): TrimmedLine[] {
  const out: TrimmedLine[] = [];
  // True while the last line out had a fragment joined and is still open: the next line continues it.
  let afterFragment = false;
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && OPENING_ONLY.test(previous.text) && previous.hints.chrome === undefined && line.hints.chrome === undefined) {
      out[out.length - 1] = merge(previous, line);
      afterFragment = false;
    } else if (previous && DATE_HALF.test(previous.text) && MEETING_HALF.test(line.text)) {
      out[out.length - 1] = merge(previous, line);
      afterFragment = false;
    } else if (previous && isBodyOpen(previous) && isFragment(line, chromeCue)) {
      out[out.length - 1] = merge(previous, line);
      afterFragment = true;
    } else if (previous && afterFragment && isBodyOpen(previous) && line.hints.chrome === undefined && !STRUCTURE_START.test(line.text) && !chromeCue(line.text)) {
      out[out.length - 1] = merge(previous, line);
      afterFragment = false;
    } else {
      out.push(line);
      afterFragment = false;
    }
  }
  return out;
}
