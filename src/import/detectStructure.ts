import type { NoteAnchor } from '../document/buildDocument.js';
import type { ChromeReason, ExclusionReason, UnitKind } from '../document/unitAttrs.js';
import { findBody, lineWeight } from './bodySpan.js';
import { chromeCue } from './chromeCues.js';
import { APPENDIX, findSkeleton, isSignature, isSpeaker, isSubtitle, repeatsTitle, SALUTATION, type MeasuredLine, type Skeleton } from './findSkeleton.js';
import { classifyMarked, headingStyle, MARKUP_STYLE_BASE, HEADING_STYLES } from './headingStyle.js';
import { isProse, lineShape } from './lineShape.js';
import { repairLines, type TrimmedLine } from './repairLines.js';
import type { ReportLine } from './reportLine.js';
import { sentenceEnd } from './segmentSentences.js';

/** A unit as structure detection sees it, before it becomes a node of the document. */
export interface DetectedBlock {
  readonly text: string;
  readonly kind: UnitKind;
  readonly level: number | null;
  readonly runIn: number | null;
  readonly excluded: ExclusionReason | null;
  /** Why the block was taken for chrome; null when it is kept. */
  readonly excludedReason: ChromeReason | null;
  /** 1-based line number in the decoded file (or paragraph number of a Word or PDF file), for messages. */
  readonly line: number;
  readonly notes?: readonly NoteAnchor[];
}

const MAX_AUTHOR = 40;
const WHITESPACE_EDGES = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;
const LEADING_SPACE = /^[\s\u3000\u00a0\ufeff]+/;
/** A short value after a bare label (来源： / 新华社) is part of the same page metadata. */
const MAX_LABEL_VALUE = 24;
/** Toolbar rows: this many very short lines in a row, outside the report's sentences. */
const TOOLBAR_RUN = 3;
const TOOLBAR_WORD = 6;
const APPENDIX_STYLE = HEADING_STYLES.findIndex((s) => s.name === 'cn');

/** Trims a line: spaces, tabs, the two full-width spaces that open a paragraph, no-break spaces. */
export function normaliseLine(text: string): string {
  return text.replace(WHITESPACE_EDGES, '');
}

interface Verdict {
  kind: UnitKind;
  style: number | null;
  runIn: number | null;
  reason: ChromeReason | null;
}

/**
 * Detects the structure of a report in its lines, as a small document-understanding problem: it joins
 * lines a scraper broke, measures every line (length, punctuation, labels, dates, ids, trails, menu
 * rows, the words of page chrome, the reader's hints), finds the 公文 skeleton (title, dated subtitle,
 * speaker, salutation, numbered parts, closing, appendix), and takes the report's body to run from
 * its title to its closing, or where the skeleton is incomplete, over the stretch of lines that reads
 * most like prose. Lines outside the body are chrome, each with a reason; inside it only lines whose
 * own shape and words say so (a caption, an inline source line). Kept lines get their kind, heading
 * level (ranked by the numbering styles the document uses) and run-in heading. Empty lines are dropped.
 */
export function detectStructure(input: readonly ReportLine[]): DetectedBlock[] {
  const trimmed: TrimmedLine[] = [];
  for (const l of input) {
    const text = normaliseLine(l.text);
    if (!text) continue;
    const hints = l.hints ?? {};
    const lead = LEADING_SPACE.exec(l.text)?.[0].length ?? 0;
    // Note anchors count from the line's first character; they move with the trimming.
    const notes = lead && hints.notes ? hints.notes.map((n) => ({ ...n, start: Math.max(0, n.start - lead), end: Math.min(text.length, Math.max(1, n.end - lead)) })) : hints.notes;
    trimmed.push({ text, line: l.line, hints: notes ? { ...hints, notes } : hints });
  }
  const lines: MeasuredLine[] = repairLines(trimmed, chromeCue).map((l) => ({ ...l, shape: lineShape(l.text), cue: chromeCue(l.text), marker: headingStyle(l.text) }));
  if (lines.length === 0) return [];
  const skeleton = findSkeleton(lines);
  const repeated = findRepeats(lines, skeleton.title);
  const weights = lines.map((line, i) => (repeated[i] ? -4 : lineWeight(line, isStructural(line, i, skeleton))));
  const hasText = lines.some((l) => l.shape.endsSentence && l.cue === null);
  const [start, bodyEnd] = findBody(weights, skeleton, hasText);
  let end = bodyEnd;
  // A signature block (the issuing body, the date) just after the body belongs to the document.
  while (end + 1 < lines.length && end + 1 <= bodyEnd + 3 && isSignature((lines[end + 1] as MeasuredLine).text)) end++;
  const bodyFirst = firstBodyLine(lines, skeleton, start);

  const verdicts: Verdict[] = lines.map((line, i) => {
    const excluded = (reason: ChromeReason): Verdict => ({ kind: 'paragraph', style: null, runIn: null, reason });
    if (repeated[i]) return excluded(repeated[i]);
    if (i < start || i > end) return excluded(outsideReason(lines, i, i > end));
    if (i === skeleton.title) return { kind: 'title', style: null, runIn: null, reason: null };
    const reason = insideReason(lines, i, i < bodyFirst);
    if (reason) return excluded(reason);
    return classify(line, i, skeleton, i < bodyFirst);
  });
  // A bare label (来源：) takes its short value on the next line with it.
  for (let i = 1; i < lines.length; i++) {
    const label = lines[i - 1] as MeasuredLine;
    const value = lines[i] as MeasuredLine;
    const verdict = verdicts[i] as Verdict;
    if (verdicts[i - 1]?.reason && label.shape.label && verdict.kind !== 'title' && value.text.length <= MAX_LABEL_VALUE && !isProse(value.shape) && !value.marker && !value.cue) {
      verdicts[i] = { kind: 'paragraph', style: null, runIn: null, reason: verdicts[i - 1]?.reason ?? null };
    }
  }

  const usedStyles = [...new Set(verdicts.map((v) => (v.reason === null ? v.style : null)).filter((s): s is number => s !== null))].sort((a, b) => a - b);
  return lines.map((line, i) => {
    const v = verdicts[i] as Verdict;
    return {
      text: line.text,
      kind: v.kind,
      level: v.style === null || v.reason !== null ? null : usedStyles.indexOf(v.style) + 1,
      runIn: v.reason === null ? v.runIn : null,
      excluded: v.reason === null ? null : 'chrome',
      excludedReason: v.reason,
      line: line.line,
      ...(line.hints.notes?.length ? { notes: line.hints.notes } : {}),
    };
  });
}

function isStructural(line: MeasuredLine, i: number, skeleton: Skeleton): boolean {
  return (
    i === skeleton.title ||
    i === skeleton.subtitle ||
    i === skeleton.speaker ||
    SALUTATION.test(line.text) ||
    (line.marker !== null && line.cue === null) ||
    (APPENDIX.test(line.text) && line.text.length <= 40)
  );
}

/** Copies of the title, and lines that repeat an earlier line of the page (the first sentence again at the end). */
function findRepeats(lines: readonly MeasuredLine[], title: number | null): Array<ChromeReason | null> {
  const titleText = title === null ? null : (lines[title] as MeasuredLine).text;
  const seen = new Set<string>();
  return lines.map((line, i) => {
    if (i === title || line.hints.chrome) return null;
    if (titleText !== null && line.text.length <= titleText.length + 30 && line.shape.punctuation <= 2 && (line.cue === null || line.cue === 'caption') && repeatsTitle(line.text, titleText)) return 'repeatedTitle';
    if (line.text.length < 12 || SALUTATION.test(line.text) || line.marker !== null) return null;
    if (seen.has(line.text)) return 'repeatedText';
    seen.add(line.text);
    return null;
  });
}

/** Where the report's own text starts after its header (title, subtitle, speaker): the salutation, a heading, or prose. */
function firstBodyLine(lines: readonly MeasuredLine[], skeleton: Skeleton, start: number): number {
  const candidates = [skeleton.salutation, skeleton.firstHeading].filter((i): i is number => i !== null && i >= start);
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as MeasuredLine;
    if (i !== skeleton.title && (isProse(line.shape) || line.shape.endsSentence) && !isSubtitle(line.text) && line.cue === null) {
      candidates.push(i);
      break;
    }
  }
  return candidates.length ? Math.min(...candidates) : lines.length;
}

/** The reason for a line the body does not cover: its own words and shape, then its neighbourhood. */
function outsideReason(lines: readonly MeasuredLine[], i: number, afterBody: boolean): ChromeReason {
  const line = lines[i] as MeasuredLine;
  const own = line.hints.chrome ?? line.cue;
  if (own) return own;
  if (afterBody && inRelatedBlock(lines, i)) return 'relatedLinks';
  const shaped = shapeReason(line);
  if (shaped) return shaped;
  if (afterBody) {
    if ((line.hints.linkShare ?? 0) > 0.5 || line.hints.listItem || /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[)）\]]?$/.test(line.text)) return 'relatedLinks';
  } else if ((line.hints.linkShare ?? 0) > 0.5 || isToolbarRun(lines, i)) {
    return 'toolbar';
  }
  return 'outsideReport';
}

/** True after a related-links header (相关新闻, 推荐阅读) with only link-like lines between. */
function inRelatedBlock(lines: readonly MeasuredLine[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
    const before = lines[j] as MeasuredLine;
    if (before.cue === 'relatedLinks') return true;
    if (before.cue !== null || isProse(before.shape)) return false;
  }
  return false;
}

/** A reason from the line's shape alone: a trail, a label or date, a menu row, an id. */
function shapeReason(line: MeasuredLine): ChromeReason | null {
  const s = line.shape;
  if (s.breadcrumb) return 'breadcrumb';
  if (s.keyValue || s.dateTime || s.label) return 'sourceDate';
  if (s.menu) return 'toolbar';
  if (s.opaque) return 'sourceDate';
  if (line.hints.caption) return 'caption';
  return null;
}

function isToolbarRun(lines: readonly MeasuredLine[], i: number): boolean {
  const short = (j: number): boolean => {
    const l = lines[j];
    return l !== undefined && l.text.length <= TOOLBAR_WORD && !/[。！？，]/.test(l.text) && l.marker === null && !isSpeaker(l.text);
  };
  if (!short(i)) return false;
  let from = i;
  let to = i;
  while (short(from - 1)) from--;
  while (short(to + 1)) to++;
  return to - from + 1 >= TOOLBAR_RUN;
}

/**
 * A line inside the body is chrome only on strong evidence of its own: the reader's hint, the words
 * of page chrome on a line that is not prose (or a notice about the site), a caption, a date-time
 * stamp; in the header (between the title and the salutation) also page metadata and toolbar rows.
 */
function insideReason(lines: readonly MeasuredLine[], i: number, inHeader: boolean): ChromeReason | null {
  const line = lines[i] as MeasuredLine;
  const s = line.shape;
  const prose = isProse(s);
  const structural = line.marker !== null || SALUTATION.test(line.text) || isSubtitle(line.text) || isSpeaker(line.text);
  if (structural && line.cue !== 'pageNumber') return null;
  if (line.hints.chrome && !prose) return line.hints.chrome;
  if (line.cue === 'siteNotice' || line.cue === 'comments') return line.cue;
  if (line.cue && (!prose || line.cue === 'caption') && s.length <= 120) return line.cue;
  if (line.hints.caption && s.length <= 120) return 'caption';
  if (/\d{1,2}:\d{2}/.test(line.text) && s.dateTime) return 'sourceDate';
  if (s.breadcrumb || s.opaque) return shapeReason(line);
  if (inHeader) {
    if (s.keyValue || s.label || (s.dateTime && !/年/.test(line.text))) return 'sourceDate';
    if (s.menu || isToolbarRun(lines, i) || (line.hints.linkShare ?? 0) > 0.5) return 'toolbar';
  }
  if (!prose && (line.hints.linkShare ?? 0) > 0.8 && line.hints.outsideMain) return 'relatedLinks';
  return null;
}

/** The kind of a kept line. */
function classify(line: MeasuredLine, i: number, skeleton: Skeleton, inHeader: boolean): Verdict {
  const text = line.text;
  if (SALUTATION.test(text)) return { kind: 'salutation', style: null, runIn: null, reason: null };
  const inAppendix = skeleton.appendix !== null && i > skeleton.appendix[0] && i <= skeleton.appendix[1];
  if (skeleton.appendix !== null && i === skeleton.appendix[0]) return { kind: 'heading', style: APPENDIX_STYLE, runIn: null, reason: null };
  if (line.marker && !inAppendix) {
    const { kind, runIn } = classifyMarked(text, line.marker.style, line.marker.markerLength);
    if (kind === 'heading') return { kind, style: line.marker.style, runIn, reason: null };
  }
  const markup = line.hints.heading;
  if (markup !== undefined && !isProse(line.shape) && !inHeader) return { kind: 'heading', style: MARKUP_STYLE_BASE + markup, runIn: null, reason: null };
  const bold = line.hints.boldLead;
  if (bold !== undefined && !inAppendix && !inHeader) {
    const end = sentenceEnd(text, 0);
    if (bold >= text.length) return { kind: 'heading', style: MARKUP_STYLE_BASE + 7, runIn: null, reason: null };
    if (bold >= 2) return { kind: 'heading', style: MARKUP_STYLE_BASE + 7, runIn: end !== null && end <= bold + 1 ? end : bold, reason: null };
  }
  if (inHeader && !isProse(line.shape) && !line.shape.endsSentence) {
    if (i === skeleton.subtitle || isSubtitle(text)) return { kind: 'subtitle', style: null, runIn: null, reason: null };
    if (text.length <= MAX_AUTHOR) return { kind: 'author', style: null, runIn: null, reason: null };
  }
  return { kind: 'paragraph', style: null, runIn: null, reason: null };
}
