import { Parser } from 'htmlparser2';

/** One line of text taken from an HTML page; `chrome` is true inside `<nav>`, `<header>`, `<footer>`, `<aside>` or a form. */
export interface HtmlLine {
  readonly text: string;
  readonly chrome: boolean;
}

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

const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form']);

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

/**
 * Extracts the visible text of an HTML page as lines, the way a reader sees it: scripts, styles and
 * embedded objects dropped, entities decoded, one line per block element. Nothing is executed or
 * rendered; the parser only tokenises. A page nested deeper than `MAX_HTML_DEPTH` elements is refused
 * (HtmlTooDeepError) as soon as the parser reaches that depth.
 */
export function extractHtmlText(html: string): HtmlLine[] {
  const lines: HtmlLine[] = [];
  let current = '';
  let currentChrome = false;
  let dropDepth = 0;
  let chromeDepth = 0;
  const stack: string[] = [];

  const flush = (): void => {
    const text = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (text) lines.push({ text, chrome: currentChrome });
    current = '';
    currentChrome = false;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (BLOCKS.has(name)) flush();
        if (VOID.has(name)) return;
        stack.push(name);
        if (stack.length > MAX_HTML_DEPTH) throw new HtmlTooDeepError();
        if (DROPPED.has(name)) dropDepth++;
        if (CHROME.has(name)) chromeDepth++;
      },
      ontext(text) {
        if (dropDepth > 0) return;
        if (chromeDepth > 0 && text.trim()) currentChrome = true;
        current += text;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // htmlparser2 closes implied elements itself; keep our counters in step with its stack.
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        for (const closed of stack.splice(at)) {
          if (DROPPED.has(closed)) dropDepth--;
          if (CHROME.has(closed)) chromeDepth--;
        }
        if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines;
}

/** Reads the charset an HTML file declares in its first 2 KB (`<meta charset>` or `http-equiv`), lower-cased. */
export function declaredHtmlCharset(head: string): string | null {
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head.slice(0, 2048));
  return match?.[1]?.toLowerCase() ?? null;
}
