import type { ChromeReason } from '../document/unitAttrs.js';
import { classifyMarked } from './headingStyle.js';
import { isProse, type LineShape } from './lineShape.js';
import type { TrimmedLine } from './repairLines.js';

/** A trimmed line with what detection measured of it on its own. */
export interface MeasuredLine extends TrimmedLine {
  readonly shape: LineShape;
  readonly cue: ChromeReason | null;
  readonly marker: { readonly style: number; readonly markerLength: number } | null;
}

/**
 * The skeleton of a 公文 report, as line indexes (null where the part is missing): title, dated
 * subtitle, speaker, salutation, first heading, first prose paragraph, the closing exhortation and
 * the end of an appendix that belongs to the report (名词解释, 注释, 附件).
 */
export interface Skeleton {
  readonly title: number | null;
  readonly subtitle: number | null;
  readonly speaker: number | null;
  readonly salutation: number | null;
  readonly firstHeading: number | null;
  readonly firstProse: number | null;
  /** The last line of the closing exhortation (各位代表！…奋斗！). */
  readonly closing: number | null;
  /** The appendix's header line and its last entry. */
  readonly appendix: readonly [number, number] | null;
}

export const SALUTATION = /^(各位代表|各位委员|各位来宾|各位同志|同志们|朋友们|女士们、先生们|女士们，先生们)[^。]{0,8}[:：!！,，]?$/;
const CLOSING_CALL = /^(各位代表|各位委员|同志们)[！!]/;
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月/;
const SUBTITLE_LEAD = /^([—–―─-]{1,2}|[(（])/;
const MEETING = /(会议|大会|会)上/;
const SPEAKER =
  /^[^，。；：:！？]{0,24}?(总理|副总理|省长|代省长|市长|代市长|区长|代区长|县长|代县长|州长|旗长|盟长|主席|主任|书记|院长|检察长|部长|局长|厅长|委员长|秘书长|理事长)[\s\u3000]*[\u4e00-\u9fa5·•][\u4e00-\u9fa5·•\s\u3000]{0,8}$/;
const TITLE_WORD = /(报告|纲要|规划|白皮书|公报|决议|决定|意见|通知|讲话|致辞|发言|方案|条例|办法|计划|总结)([(（【[][^)）】\]]{1,8}[)）】\]])?$/;
export const APPENDIX = /^(名词解释|名词注释|注释|注解|附注|附件\s*\d*|附录|附表|附\s*[:：]|注\s*[:：]|说明\s*[:：]?)/;
const ENTRY = /^(\d{1,2}[.．、]|[［[【]\d{1,3}[］\]】]|[(（]\d{1,2}[)）]|[①-⑳])/;
const ORG = /^[\u4e00-\u9fa5]{2,30}(人民政府|政府|委员会|办公厅|办公室|人民代表大会|常务委员会|局|厅|部|院|署|委)$/;
const FULL_DATE = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;
/** How far before the body's first anchor a title is looked for, in lines. */
const TITLE_WINDOW = 12;

/** A dated subtitle: ——2024年2月4日在…会议上, (2024年2月4日…), or a date with a meeting and no dash. */
export function isSubtitle(text: string): boolean {
  return text.length <= 80 && DATE.test(text) && (SUBTITLE_LEAD.test(text) || MEETING.test(text)) && !/[。！？]$/.test(text);
}

/** The speaker line: an office and a name (国务院总理 李 强 with full-width spaces, 重庆市南岸区人民政府区长王茂春). */
export function isSpeaker(text: string): boolean {
  return text.length <= 40 && SPEAKER.test(text);
}

/** A line of a signature block: the issuing body, or a full date written out. */
export function isSignature(text: string): boolean {
  return ORG.test(text) || FULL_DATE.test(text);
}

/** A line shaped like a document title: short, no sentence, not a label, date, id, trail or menu. */
export function isTitleShaped(line: MeasuredLine): boolean {
  const s = line.shape;
  return (
    s.length >= 4 && s.length <= 70 && !/[。！？；;!?，,]/.test(line.text) && !s.label && !s.keyValue && !s.dateTime && !s.opaque && !s.breadcrumb &&
    (!s.menu || TITLE_WORD.test(line.text)) && line.cue === null && line.marker === null && line.hints.chrome === undefined &&
    !SALUTATION.test(line.text) && !isSubtitle(line.text) && !isSpeaker(line.text) && !APPENDIX.test(line.text)
  );
}

/** True when the line looks like page metadata rather than text: what may stand between a title and its subtitle. */
function isMetaShaped(line: MeasuredLine): boolean {
  const s = line.shape;
  return line.cue !== null || s.label || s.keyValue || s.dateTime || s.opaque || s.breadcrumb || s.menu || line.hints.chrome !== undefined || s.length <= 6;
}

function firstIndex(lines: readonly MeasuredLine[], test: (line: MeasuredLine, i: number) => boolean, from = 0, to = lines.length): number | null {
  for (let i = from; i < to; i++) if (test(lines[i] as MeasuredLine, i)) return i;
  return null;
}

/** The normalised text two copies of a title share: no spaces, no bracketed suffix (（全文）), no site name after _ or |. */
export function titleKey(text: string): string {
  return (text.split(/\s*[_|｜]\s*|\s+[-–—]\s+/)[0] ?? text).replace(/[\s\u3000]/g, '').replace(/[(（【[][^)）】\]]{1,8}[)）】\]]$/, '');
}

/** What a headline may add to a document's title: a year, brackets, a word or two such as 全文. */
const HEADLINE_EXTRA = /^[\d年（）()【】[\]《》「」〈〉!！|｜·\-—_\s]*$/;
const MAX_HEADLINE_WORDS = 4;

/**
 * True when `other` repeats the title `title`: the page's headline (perhaps with a year, brackets or
 * a word such as 全文 around it), or a copy after the end. A line that adds more (a label, another
 * document's name) is not a copy.
 */
export function repeatsTitle(other: string, title: string): boolean {
  const a = titleKey(other);
  const b = titleKey(title);
  if (!a || !b) return false;
  if (a === b) return true;
  if (/[。，？:：]/.test(other)) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 4 || !long.includes(short)) return false;
  const extra = long.replace(short, '').replace(/[(（【[「《][^)）】\]」》]{0,12}[)）】\]」》]/g, '');
  return HEADLINE_EXTRA.test(extra) || extra.replace(/[\d年!！\s|｜·]/g, '').length <= MAX_HEADLINE_WORDS && !/[国省市区县局部委厅院]/.test(extra);
}

/**
 * Finds the skeleton. The title is chosen among title-shaped lines before the body's first anchor
 * (subtitle, speaker, salutation; else the first heading or prose line), preferring one that names a
 * kind of document (…报告, …纲要) and one the subtitle or speaker follows, and the nearest; never
 * simply the first line.
 */
export function findSkeleton(lines: readonly MeasuredLine[]): Skeleton {
  const salutation = firstIndex(lines, (l) => SALUTATION.test(l.text) && !CLOSING_CALL.test(l.text));
  const subtitle = firstIndex(lines, (l) => isSubtitle(l.text) && l.cue === null, 0, salutation ?? lines.length);
  const speaker = firstIndex(lines, (l) => isSpeaker(l.text), 0, salutation ?? Math.min(lines.length, (subtitle ?? 0) + 8));
  const firstHeading = firstIndex(lines, (l) => l.marker !== null && classifyMarked(l.text, l.marker.style, l.marker.markerLength).kind === 'heading' && l.cue === null);
  const firstProse = firstIndex(lines, (l) => isProse(l.shape) && l.cue === null && l.hints.chrome === undefined);
  const strong = [subtitle, speaker, salutation].filter((i): i is number => i !== null);
  const anchor = strong.length ? Math.min(...strong) : Math.min(firstHeading ?? Infinity, firstProse ?? Infinity);
  const title = Number.isFinite(anchor) ? chooseTitle(lines, anchor, strong.length > 0) : null;
  const { closing, appendix } = findEnd(lines);
  return { title, subtitle, speaker, salutation, firstHeading, firstProse, closing, appendix };
}

function chooseTitle(lines: readonly MeasuredLine[], anchor: number, strongAnchor: boolean): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  const acceptable: number[] = [];
  for (let i = Math.max(0, anchor - TITLE_WINDOW); i < anchor; i++) {
    const line = lines[i] as MeasuredLine;
    if (!isTitleShaped(line)) continue;
    let next = i + 1;
    while (next < anchor && (isMetaShaped(lines[next] as MeasuredLine) || repeatsTitle((lines[next] as MeasuredLine).text, line.text))) next++;
    const adjacent = next === anchor;
    const named = TITLE_WORD.test(line.text);
    const markup = line.hints.heading !== undefined && line.hints.heading <= 2;
    const score = (named ? 4 : 0) + (adjacent ? 3 : 0) + (markup ? 1 : 0) - (line.hints.outsideMain ? 0.5 : 0) - 0.1 * (anchor - i);
    if (!(strongAnchor ? named || adjacent : adjacent && (named || markup || anchor - i <= 2))) continue;
    acceptable.push(i);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  // Of two copies (the page's headline and the document's own title), the one nearer the skeleton is the document's.
  const nearer = acceptable.filter((i) => best !== null && i > best && repeatsTitle((lines[i] as MeasuredLine).text, (lines[best] as MeasuredLine).text));
  return nearer.length ? (nearer[nearer.length - 1] as number) : best;
}

/** The closing exhortation after the last 各位代表！ that no numbered part follows, and an appendix after it. */
function findEnd(lines: readonly MeasuredLine[]): { closing: number | null; appendix: readonly [number, number] | null } {
  let call: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (CLOSING_CALL.test((lines[i] as MeasuredLine).text)) {
      call = i;
      break;
    }
  }
  if (call === null) return { closing: null, appendix: null };
  // A call with numbered parts after it closes a part, not the report (the page may end before the real closing).
  for (let i = call + 1; i < lines.length; i++) {
    const line = lines[i] as MeasuredLine;
    if (APPENDIX.test(line.text) && line.text.length <= 40) break;
    if (line.marker !== null && line.cue === null && classifyMarked(line.text, line.marker.style, line.marker.markerLength).kind === 'heading') return { closing: null, appendix: null };
  }
  const callLine = lines[call] as MeasuredLine;
  const after = lines[call + 1];
  const closing = callLine.text.length > 12 || !after || !isProse(after.shape) ? call : call + 1;
  let header: number | null = null;
  for (let i = closing + 1; i < Math.min(lines.length, closing + 9); i++) {
    const line = lines[i] as MeasuredLine;
    if (APPENDIX.test(line.text) && line.text.length <= 40 && line.cue === null) {
      header = i;
      break;
    }
  }
  if (header === null) return { closing, appendix: null };
  let end = header;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i] as MeasuredLine;
    const entry = (ENTRY.test(line.text) || isProse(line.shape) || APPENDIX.test(line.text)) && line.cue === null && line.hints.chrome === undefined;
    if (!entry) break;
    end = i;
  }
  return { closing, appendix: [header, end] };
}
