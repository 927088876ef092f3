import { Parser } from 'htmlparser2';
import type { ChromeReason } from '../document/unitAttrs.js';
import type { LineHints, ReportLine } from './reportLine.js';

/** Elements whose content is never text of the report: code, styling, embedded objects, metadata. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'head', 'title', 'select', 'option', 'button', 'textarea', 'audio', 'video', 'map',
]);

/** Elements that start a new line. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'br',
]);

/** Elements that are page furniture by their meaning, and the reason each gives. */
const CHROME_ELEMENTS: Readonly<Record<string, ChromeReason>> = { nav: 'toolbar', footer: 'siteNotice', aside: 'relatedLinks' };

/**
 * Words of class names and ids that sites of every kind give their furniture (the same evidence
 * Mozilla's Readability weighs), with the reason each names. Matched as whole words of the name.
 */
const CHROME_NAMES: ReadonlyArray<readonly [ChromeReason, RegExp]> = [
  ['breadcrumb', /^(breadcrumbs?|crumbs?|bread|position|location|curpos|dqwz|mbx)$/],
  ['toolbar', /^(nav|navbar|menu|menubar|toolbar|tools?|share|sharing|social|fontsize|font|print|topbar|top|shortcut|bdshare|jiathis|qrcode|ewm)$/],
  ['relatedLinks', /^(related|relate|recommend|recommended|xgxw|xgwz|xgyd|tjyd|rdtj|more|sidebar|side|hot|links?|yqlj|pagelist|prev|next|sxp)$/],
  ['siteNotice', /^(footer|foot|copyright|copy|bottom|disclaimer|statement|banquan|ba)$/],
  ['comments', /^(comments?|reply|replies|pinglun|pl|discuss|feedback|liuyan|captcha)$/],
  ['pageNumber', /^(pagination|pager|pages|paging|fenye)$/],
  ['caption', /^(caption|figcaption|pic(desc|note|txt)?|imgdesc|img(note|txt)|photo(desc)?)$/],
];

/** Deepest element nesting read; real pages stay far below it, and the HTML tokeniser's cost grows with the square of depth. */
export const MAX_HTML_DEPTH = 2000;

/** Thrown when a page nests elements deeper than `MAX_HTML_DEPTH`. */
export class HtmlTooDeepError extends Error {
  constructor() {
    super(`HTML nested deeper than ${MAX_HTML_DEPTH} elements`);
    this.name = 'HtmlTooDeepError';
  }
}

/** Void elements never get a closing tag, so they must not be pushed on the open-element stack. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Longest text taken for the caption of the image just before it. */
const MAX_IMAGE_CAPTION = 60;

/** Share of a page's characters above which furniture hints are ignored: a page wrapped whole in a `menu` div is not all menu. */
const MAX_HINTED_SHARE = 0.5;

function nameReason(attributes: Readonly<Record<string, string>>): ChromeReason | null {
  const names = `${attributes['class'] ?? ''} ${attributes['id'] ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (const [reason, pattern] of CHROME_NAMES) if (names.some((n) => pattern.test(n))) return reason;
  return null;
}

interface Open {
  readonly name: string;
  readonly dropped: boolean;
  readonly chrome: ChromeReason | null;
}

/**
 * Extracts the visible text of an HTML page as lines, the way a reader sees it: scripts, styles and
 * embedded objects dropped, entities decoded, one line per block element. Each line carries what the
 * markup says of it: a heading level, inside furniture (`<nav>`, `<footer>`, `<aside>`, class names
 * such as `breadcrumb` or `share`), its share of link text, a caption, a list item, a bold opening.
 * Nothing is executed or rendered; the parser only tokenises. A page nested deeper than
 * `MAX_HTML_DEPTH` elements is refused (HtmlTooDeepError) as soon as the parser reaches that depth.
 */
export function extractHtmlText(html: string): ReportLine[] {
  const lines: Array<{ text: string; hints: LineHints }> = [];
  let current = '';
  let linked = 0;
  let bold: number | null = null;
  let lineHeading: number | undefined;
  let lineChrome: ChromeReason | null = null;
  let lineCaption = false;
  let lineListItem = false;
  let afterImage = false;
  let dropDepth = 0;
  let linkDepth = 0;
  let boldDepth = 0;
  let listDepth = 0;
  let figcaptionDepth = 0;
  const stack: Open[] = [];
  // Only the open headings and furniture elements, innermost last: short, so reading them per text is cheap.
  const headings: number[] = [];
  const chromes: ChromeReason[] = [];
  const flush = (): void => {
    const raw = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ');
    const text = raw.trim();
    if (text) {
      const lead = raw.length - raw.trimStart().length;
      const hints: {
        -readonly [K in keyof LineHints]: LineHints[K];
      } = {};
      if (lineChrome) hints.chrome = lineChrome;
      if (lineHeading !== undefined) hints.heading = lineHeading;
      if (linked > 0) hints.linkShare = Math.min(1, linked / text.length);
      // Text right after an image (in its block, or in the next one) is its caption when it is short.
      if (lineCaption || (afterImage && text.length <= MAX_IMAGE_CAPTION)) hints.caption = true;
      if (lineListItem) hints.listItem = true;
      if (bold !== null && bold - lead >= 2) hints.boldLead = Math.min(text.length, bold - lead);
      lines.push({ text, hints });
      afterImage = false;
    }
    current = '';
    linked = 0;
    bold = null;
    lineHeading = undefined;
    lineChrome = null;
    lineCaption = false;
    lineListItem = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (BLOCKS.has(name)) flush();
        if (name === 'img') afterImage = true;
        if (VOID.has(name)) return;
        const reason = CHROME_ELEMENTS[name] ?? nameReason(attributes);
        stack.push({ name, dropped: DROPPED.has(name), chrome: reason });
        if (stack.length > MAX_HTML_DEPTH) throw new HtmlTooDeepError();
        if (DROPPED.has(name)) dropDepth++;
        if (reason) chromes.push(reason);
        if (/^h[1-6]$/.test(name)) headings.push(Number(name.slice(1)));
        if (name === 'a') linkDepth++;
        if (name === 'strong' || name === 'b') boldDepth++;
        if (name === 'li') listDepth++;
        if (name === 'figcaption') figcaptionDepth++;
      },
      ontext(text) {
        if (dropDepth > 0) return;
        if (text.trim()) {
          const heading = headings[headings.length - 1];
          if (heading !== undefined) lineHeading = heading;
          const chrome = chromes[chromes.length - 1] ?? null;
          if (chrome) lineChrome = chrome === 'caption' ? null : chrome;
          if (chrome === 'caption' || figcaptionDepth > 0) lineCaption = true;
          if (listDepth > 0) lineListItem = true;
          if (linkDepth > 0) linked += text.trim().length;
          if (boldDepth > 0 && (bold === null ? current.trim() === '' : bold === current.length)) bold = current.length + text.length;
        }
        current += text;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // htmlparser2 closes implied elements itself; keep our counters in step with its stack.
        let at = -1;
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]?.name === name) {
            at = i;
            break;
          }
        }
        if (at < 0) return;
        for (const closed of stack.splice(at)) {
          if (closed.dropped) dropDepth--;
          if (closed.chrome) chromes.pop();
          if (/^h[1-6]$/.test(closed.name)) headings.pop();
          if (closed.name === 'li') listDepth--;
          if (closed.name === 'figcaption') figcaptionDepth--;
          if (closed.name === 'a') linkDepth--;
          if (closed.name === 'strong' || closed.name === 'b') boldDepth--;
        }
        if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const total = lines.reduce((sum, l) => sum + l.text.length, 0);
  const hinted = lines.reduce((sum, l) => sum + (l.hints.chrome ? l.text.length : 0), 0);
  const trustHints = total === 0 || hinted / total <= MAX_HINTED_SHARE;
  return lines.map((l, i) => {
    if (trustHints || !l.hints.chrome) return { text: l.text, line: i + 1, hints: l.hints };
    const { chrome: _ignored, ...rest } = l.hints;
    return { text: l.text, line: i + 1, hints: rest };
  });
}

/** Reads the charset an HTML file declares in its first 2 KB (`<meta charset>` or `http-equiv`), lower-cased. */
export function declaredHtmlCharset(head: string): string | null {
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head.slice(0, 2048));
  return match?.[1]?.toLowerCase() ?? null;
}
