import type { ExclusionReason, UnitKind } from '../document/unitAttrs.js';
import { findTrailingChrome, isPageMetadata, isStrongChrome } from './boilerplate.js';
import { sentenceEnd } from './segmentSentences.js';

/** One line of decoded text with its 1-based line number; `chrome` is a hint from the HTML extractor. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
  readonly chrome?: boolean;
}

/** A unit as structure detection sees it, before it becomes a node of the document. */
export interface DetectedBlock {
  readonly text: string;
  readonly kind: UnitKind;
  readonly level: number | null;
  readonly runIn: number | null;
  readonly excluded: ExclusionReason | null;
  /** 1-based line number in the decoded file, for messages. */
  readonly line: number;
}

/** Heading numbering styles of 公文 and plans, highest rank first. */
const HEADING_STYLES: ReadonlyArray<{ readonly name: string; readonly marker: RegExp }> = [
  { name: 'chapter', marker: /^第[一二三四五六七八九十百零〇两\d]{1,4}章/ },
  { name: 'section', marker: /^第[一二三四五六七八九十百零〇两\d]{1,4}节/ },
  { name: 'cn', marker: /^[一二三四五六七八九十]{1,3}、/ },
  { name: 'parenCn', marker: /^[(（][一二三四五六七八九十]{1,3}[)）]/ },
  { name: 'arabic', marker: /^\d{1,2}[.．、](?![\d])/ },
  { name: 'parenArabic', marker: /^[(（]\d{1,2}[)）]/ },
];

/** A heading that stands alone is short; a longer line with a marker but no sentence end is body text. */
const MAX_HEADING = 60;
const MAX_HEADER_LINE = 80;
const MAX_AUTHOR = 40;

const SALUTATION = /^(各位代表|各位委员|各位来宾|各位同志|同志们|朋友们|女士们、先生们|女士们，先生们)[^。]{0,8}[:：!！,，]?$/;
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月/;
const SUBTITLE_LEAD = /^([—–―─-]{1,2}|[(（])/;
const WHITESPACE_EDGES = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** Trims a line: spaces, tabs, the two full-width spaces that open a paragraph, no-break spaces. */
export function normaliseLine(text: string): string {
  return text.replace(WHITESPACE_EDGES, '');
}

function headingStyle(text: string): { style: number; markerLength: number } | null {
  for (let i = 0; i < HEADING_STYLES.length; i++) {
    const match = HEADING_STYLES[i]?.marker.exec(text);
    if (match) return { style: i, markerLength: match[0].length };
  }
  return null;
}

interface Draft {
  text: string;
  kind: UnitKind;
  style: number | null;
  runIn: number | null;
  excluded: ExclusionReason | null;
  line: number;
}

/** Classifies a line that carries a heading marker: a heading, a run-in heading, or plain body text. */
function classifyMarked(text: string, markerLength: number): { kind: UnitKind; runIn: number | null } {
  const end = sentenceEnd(text, markerLength);
  if (end !== null && end < text.length) return { kind: 'heading', runIn: end };
  if (end === null && text.length > MAX_HEADING) return { kind: 'paragraph', runIn: null };
  return { kind: 'heading', runIn: null };
}

/**
 * Detects the structure of a Chinese official document (公文) in its non-empty lines: title, dated
 * subtitle, author, salutation, headings by numbering style (一、 / (一) / 1. / (1), 第一章 / 第一节)
 * with levels ranked by the styles the document uses, run-in headings, and web-page chrome, which
 * is marked excluded. Lines are trimmed; empty lines are dropped.
 */
export function detectStructure(lines: readonly SourceLine[]): DetectedBlock[] {
  const kept = lines
    .map((l) => ({ text: normaliseLine(l.text), line: l.line, chrome: l.chrome ?? false }))
    .filter((l) => l.text.length > 0);
  const tailStart = findTrailingChrome(kept.map((l) => l.text));

  const drafts: Draft[] = [];
  let inHeader = true;
  let seenTitle = false;
  for (let i = 0; i < kept.length; i++) {
    const { text, line, chrome } = kept[i] as { text: string; line: number; chrome: boolean };
    const marked = headingStyle(text);

    if (i >= tailStart || chrome || isStrongChrome(text) || ((inHeader || i >= tailStart) && isPageMetadata(text))) {
      drafts.push({ text, kind: 'paragraph', style: null, runIn: null, excluded: 'boilerplate', line });
      continue;
    }
    if (SALUTATION.test(text)) {
      drafts.push({ text, kind: 'salutation', style: null, runIn: null, excluded: null, line });
      inHeader = false;
      continue;
    }
    if (marked) {
      const { kind, runIn } = classifyMarked(text, marked.markerLength);
      drafts.push({ text, kind, style: kind === 'heading' ? marked.style : null, runIn, excluded: null, line });
      inHeader = false;
      continue;
    }
    const endsSentence = sentenceEnd(text, 0) !== null;
    if (inHeader && text.length <= MAX_HEADER_LINE && !endsSentence) {
      if (!seenTitle) {
        seenTitle = true;
        drafts.push({ text, kind: 'title', style: null, runIn: null, excluded: null, line });
        continue;
      }
      if (SUBTITLE_LEAD.test(text) && DATE.test(text)) {
        drafts.push({ text, kind: 'subtitle', style: null, runIn: null, excluded: null, line });
        continue;
      }
      if (text.length <= MAX_AUTHOR) {
        drafts.push({ text, kind: 'author', style: null, runIn: null, excluded: null, line });
        continue;
      }
    }
    inHeader = false;
    drafts.push({ text, kind: 'paragraph', style: null, runIn: null, excluded: null, line });
  }

  const usedStyles = [...new Set(drafts.map((d) => d.style).filter((s): s is number => s !== null))].sort((a, b) => a - b);
  return drafts.map((d) => ({
    text: d.text,
    kind: d.kind,
    level: d.style === null ? null : usedStyles.indexOf(d.style) + 1,
    runIn: d.runIn,
    excluded: d.excluded,
    line: d.line,
  }));
}
