import type { TextSpan } from '../app/rowRegistry.js';

const NAME = 'qa-source';

/**
 * The DOM range of a [start, end) span of a row's Chinese, counted as `plainTextOf` counts (text, and
 * a line break as one character); term numbers are CSS content, not text, so they do not count.
 */
export function rangeOfSpan(root: Element, span: TextSpan): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let offset = 0;
  let start: [Node, number] | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName === 'BR') offset += 1;
      continue;
    }
    const length = (node as Text).data.length;
    if (!start && span.start <= offset + length) start = [node, span.start - offset];
    if (start && span.end <= offset + length) {
      const range = document.createRange();
      range.setStart(start[0], start[1]);
      range.setEnd(node, span.end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** Shows a span of the Chinese as the one a QA finding concerns (the CSS Custom Highlight API: no DOM change); null clears it. */
export function paintSourceMark(root: Element | null, span: TextSpan | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const range = root && span ? rangeOfSpan(root, span) : null;
  if (range) CSS.highlights.set(NAME, new Highlight(range));
  else CSS.highlights.delete(NAME);
}
