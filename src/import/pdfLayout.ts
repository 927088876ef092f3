import type { ChromeReason } from '../document/unitAttrs.js';
import { joinPieces } from './repairLines.js';
import type { ReportLine } from './reportLine.js';

/** A run of text on a PDF page as a text-layer reader gives it: PDF coordinates, y upwards from the bottom. */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly width: number;
  /** Font size in page units. */
  readonly size: number;
}

/** One page's text runs, in the order the reader gave them, and the page's size. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

/** Share of the page height at the top and at the bottom where running heads, footers and page numbers stand. */
const MARGIN_BAND = 0.1;
const PAGE_NUMBER = /^([-－—–]\s*)?(第\s*)?\d{1,4}(\s*页)?(\s*[-－—–])?$|^\d{1,4}\s*[/／]\s*\d{1,4}$|^第\s*\d+\s*页\s*[,，/／]?\s*共\s*\d+\s*页$|^[ivxlc]{1,6}$|^(-\s*)?(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?(\s*-)?$/i;
const SENTENCE_END = /[。！？!?；;：:][”’"')）】」』]*$/;
/** An English sentence or heading ends a line: the full stop counts too. */
const ENGLISH_END = /[.!?;:][”’"')\]]*$/;
/** An English part heading: "I.", "IV." (the 公文's 一、 in official English). */
const ENGLISH_PART = /^[IVXL]{1,5}\.\s/;
/** A line of English: Latin letters and no Han characters. Its paragraphs are rebuilt by English rules. */
const isEnglish = (text: string): boolean => /[A-Za-z]/.test(text) && !/[\u3400-\u9fff\uf900-\ufaff]/.test(text);
const STRUCTURE_START = /^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]{1,4}[章节条]|[一二三四五六七八九十]{1,2}是|各位代表|——)/;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const UNMAPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
const CJK_GAP = /([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’])\s+(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’])/g;

/** Where a gap or a space between two runs is a space between words: Latin on both sides, never Chinese. */
const LATIN_END = /[A-Za-z0-9,.;:)\]%"'”’]$/;
const LATIN_START = /^[A-Za-z0-9(["'“‘]/;

/** Groups a page's runs into lines (same baseline), each read left to right. */
function linesOf(page: PdfPage, pageIndex: number): PdfLine[] {
  // Spaces stay for now: between words of English they are the only sign of a gap narrower than the threshold.
  const items = page.items.filter((i) => i.text !== '');
  const rows: PdfTextItem[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) * 0.4) row.push(item);
    else rows.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const visible = row.filter((i) => i.text.trim() !== '');
    if (!visible.length) continue;
    let text = '';
    let right = -Infinity;
    let spaced = false;
    for (const item of row) {
      // A glyph whose font maps it to no character comes out as NUL: it is dropped, never kept as a control character.
      const piece = item.text.replace(UNMAPPED, '').replace(/\s+/g, ' ');
      if (!piece.trim()) {
        spaced = text !== '';
        continue;
      }
      const gap = item.x - right;
      right = Math.max(right, item.x + item.width);
      const between = text && (spaced || gap > item.size * 0.25) && LATIN_END.test(text) && LATIN_START.test(piece.trimStart());
      text = between ? `${text} ${piece.trimStart()}` : text + piece;
      spaced = false;
    }
    // A PDF has no spaces between Chinese characters that mean anything: justification and the reader's guessed word gaps put them there.
    text = text.replace(CJK_GAP, '$1');
    const first = visible[0] as PdfTextItem;
    const size = visible.reduce((max, i) => Math.max(max, i.size), 0);
    lines.push({ text: text.trim(), x: first.x, right, y: first.y, size, page: pageIndex });
  }
  return lines;
}

/** The words of a document's English, to decide whether a hyphen at a line end is part of its word. */
interface EnglishWords {
  /** Words written whole, lower case. */
  readonly plain: ReadonlySet<string>;
  /** Hyphenated compounds written inside a line ("well-being"), lower case. */
  readonly compounds: ReadonlySet<string>;
  /** Words written whole or as part of a compound. */
  readonly words: ReadonlySet<string>;
}

function englishWords(lines: readonly PdfLine[]): EnglishWords {
  const plain = new Set<string>();
  const compounds = new Set<string>();
  const words = new Set<string>();
  let broken = false;
  for (const l of lines) {
    const english = isEnglish(l.text);
    // The halves of a word broken at a line end are no evidence: the piece before the hyphen and the one after it.
    const text = broken ? l.text.replace(/^[A-Za-z]+/, ' ') : l.text;
    broken = english && /[A-Za-z]-$/.test(l.text);
    if (!english) continue;
    for (const m of text.replace(/[A-Za-z]+-$/, ' ').toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)*/g)) {
      const word = m[0];
      if (word.includes('-')) compounds.add(word);
      else plain.add(word);
      for (const part of word.split('-')) words.add(part);
    }
  }
  return { plain, compounds, words };
}

/**
 * Joins two lines of English: with a space, except at a hyphen that ends the line. A word the
 * typesetter hyphenated ("eco-" + "nomy") is mended; a compound broken after its own hyphen
 * ("primary-" + "level", "well-" + "being") keeps it: the document writes the compound elsewhere, or
 * both halves as words of their own, and never the two run together.
 */
function joinEnglish(a: string, b: string, words: EnglishWords): string {
  const broken = /(-?)([A-Za-z]+)-$/.exec(a);
  const tail = /^[a-z]+/.exec(b);
  // A suspended hyphen ("prefecture- and county-level") is followed by a word of its own.
  if (broken && tail && !/^(and|or|nor|to)\b/.test(b)) {
    const head = (broken[2] as string).toLowerCase();
    const whole = head + tail[0];
    // A compound is broken at its own hyphen: one with a hyphen before (better-than-expected), one the
    // document writes elsewhere, or one whose second half is a word of the document after a first half
    // that is one too or too long for a syllable (primary-level). A piece that is no word of the
    // document is a word the typesetter hyphenated (eco-nomy, re-form, im-prove).
    const compound = broken[1] === '-' || words.compounds.has(`${head}-${tail[0]}`) || (words.words.has(tail[0]) && (words.words.has(head) || head.length >= 4));
    const keep = compound && !words.plain.has(whole);
    return keep ? a + b : a.slice(0, -1) + b;
  }
  return (a.endsWith('-') && !broken) || a.endsWith('/') ? a + b : `${a} ${b}`;
}

/** Reading order of a two-column page: the left column top to bottom, then the right one. */
function inReadingOrder(lines: PdfLine[], width: number): PdfLine[] {
  const mid = width / 2;
  const left = lines.filter((l) => l.right < mid);
  const right = lines.filter((l) => l.x > mid);
  const spanning = lines.length - left.length - right.length;
  if (left.length < 5 || right.length < 5 || spanning > lines.length * 0.2) return lines;
  const column = (l: PdfLine): number => (l.right < mid ? 0 : l.x > mid ? 1 : -1);
  // Lines spanning both columns (a title) keep their place above the columns.
  return [...lines.filter((l) => column(l) === -1), ...left, ...right];
}

const pattern = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '');

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * Rebuilds the paragraphs of a PDF's text layer: runs grouped into lines in reading order (a two-column
 * page read column by column), running heads and footers (the same text in the top or bottom band of
 * most pages) and page numbers taken out as chrome (each distinct one listed once), and lines joined
 * into paragraphs across line and page breaks: Chinese lines with no space, English ones with a space
 * (a word hyphenated at a line end is mended, a compound keeps its hyphen: `joinEnglish`). A paragraph
 * ends at an indented line, a line stopping short of the margin after a sentence end, a wider gap, a
 * change of font size, or a heading marker; an English line also ends it after a full stop short of the
 * margin, when it stops before two thirds of the measure, or before a part heading ("IV.").
 * Lines in a larger font than the body's are headings, ranked by size.
 */
export function layoutPdf(pages: readonly PdfPage[]): ReportLine[] {
  const perPage = pages.map((p, i) => inReadingOrder(linesOf(p, i), p.width));
  const patterns = new Map<string, Set<number>>();
  perPage.forEach((lines, i) => {
    const height = pages[i]?.height ?? 0;
    for (const l of lines) {
      if (l.y > height * (1 - MARGIN_BAND) || l.y < height * MARGIN_BAND) {
        const key = pattern(l.text);
        if (!patterns.has(key)) patterns.set(key, new Set());
        patterns.get(key)?.add(i);
      }
    }
  });
  const repeatsOn = Math.max(2, Math.ceil(pages.length * 0.4));
  const chromeOf = (l: PdfLine): ChromeReason | null => {
    const height = pages[l.page]?.height ?? 0;
    const inBand = l.y > height * (1 - MARGIN_BAND) || l.y < height * MARGIN_BAND;
    if (!inBand) return null;
    if (PAGE_NUMBER.test(l.text.replace(/\s+/g, ' ').trim())) return 'pageNumber';
    return pages.length >= 3 && (patterns.get(pattern(l.text))?.size ?? 0) >= repeatsOn ? 'runningHead' : null;
  };

  const body: PdfLine[] = [];
  const chrome: Array<{ line: PdfLine; reason: ChromeReason; at: number }> = [];
  const listed = new Set<string>();
  for (const lines of perPage) {
    for (const l of lines) {
      const reason = chromeOf(l);
      if (reason === null) body.push(l);
      else if (!listed.has(pattern(l.text))) {
        listed.add(pattern(l.text));
        chrome.push({ line: l, reason, at: body.length });
      }
    }
  }
  const bodySize = mostCommon(body.map((l) => Math.round(l.size * 2) / 2));
  // The text block's margins: the commonest left edge of body lines, and their furthest right edge (pages share one layout).
  const bodyLines = body.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  const margin = { left: mostCommon(bodyLines.map((l) => Math.round(l.x))), right: Math.max(...bodyLines.map((l) => l.right), -Infinity) };
  const headingSizes = [...new Set(body.filter((l) => l.size > bodySize * 1.15).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const words = englishWords(body);

  const out: ReportLine[] = [];
  let paragraph: { text: string; last: PdfLine; heading?: number } | null = null;
  let chromeAt = 0;
  const flush = (): void => {
    if (paragraph) out.push({ text: paragraph.text, line: out.length + 1, hints: paragraph.heading ? { heading: paragraph.heading } : {} });
    paragraph = null;
  };
  const emitChrome = (upTo: number): void => {
    while (chromeAt < chrome.length && (chrome[chromeAt] as { at: number }).at <= upTo) {
      const c = chrome[chromeAt] as { line: PdfLine; reason: ChromeReason };
      out.push({ text: c.line.text, line: out.length + 1, hints: { chrome: c.reason } });
      chromeAt++;
    }
  };
  body.forEach((l, index) => {
    const heading = l.size > bodySize * 1.15 ? headingSizes.indexOf(Math.round(l.size)) + 1 : undefined;
    const m = margin;
    const em = Math.max(l.size, 1);
    if (paragraph) {
      const prev = paragraph.last;
      const samePage = prev.page === l.page;
      const gap = samePage ? prev.y - l.y : 0;
      const english = isEnglish(prev.text) && isEnglish(l.text);
      const ends =
        heading !== paragraph.heading ||
        Math.abs(l.size - prev.size) > 0.5 ||
        l.x > m.left + em * 0.9 ||
        (prev.right < m.right - em * 1.5 && (SENTENCE_END.test(prev.text) || heading !== undefined)) ||
        (samePage && gap > prev.size * 2.2) ||
        STRUCTURE_START.test(l.text) ||
        // English lines end short of the margin by up to a long word: a line ending a sentence short of
        // it, or one stopping before two thirds of the measure (a heading), ends its paragraph.
        (english && ((prev.right < m.right - em * 1.5 && ENGLISH_END.test(prev.text)) || prev.right < m.left + (m.right - m.left) * 0.66 || ENGLISH_PART.test(l.text)));
      if (!ends) {
        paragraph.text = english ? joinEnglish(paragraph.text, l.text, words) : joinPieces(paragraph.text, l.text);
        paragraph.last = l;
        return;
      }
      flush();
    }
    emitChrome(index);
    paragraph = { text: l.text, last: l, ...(heading ? { heading } : {}) };
  });
  flush();
  emitChrome(Infinity);
  return out;
}
