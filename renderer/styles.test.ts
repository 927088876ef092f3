import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The rule blocks of a stylesheet that open inside another rule's block (at-rules such as `@media`
 * may hold rules; a style rule may not here), by line. Chromium reads a rule opened inside another as
 * nested CSS, so a missing `}` silently moves every rule after it under the one left open: review
 * mode's colours and the sentence mark once went missing that way while every test of the DOM passed.
 */
function rulesOpenedInsideRules(css: string): number[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const open: boolean[] = [];
  const found: number[] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '{') {
      const prelude = text.slice(start, i).trim();
      if (open.length > 0 && open[open.length - 1] === false) found.push(line);
      open.push(prelude.startsWith('@'));
      start = i + 1;
    } else if (ch === '}') {
      open.pop();
      start = i + 1;
    } else if (ch === ';') start = i + 1;
  }
  if (open.length > 0) found.push(line);
  return found;
}

describe('the stylesheet', () => {
  it('closes every rule before the next opens', () => {
    expect(rulesOpenedInsideRules(readFileSync(new URL('./styles.css', import.meta.url), 'utf8'))).toEqual([]);
  });

  it('finds a rule left open (the check can fail)', () => {
    expect(rulesOpenedInsideRules('a { color: red;\nb { color: blue; }\n}\n@media print { c { color: red; } }')).toEqual([2]);
    expect(rulesOpenedInsideRules('a { color: red;')).toEqual([1]);
  });
});
