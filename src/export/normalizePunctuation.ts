/** Han characters, CJK punctuation and full-width forms: what makes a neighbour "Chinese". */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2014\u2026]/u;

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The nearest character before `i` (or after, with `step` 1) that is not a space. */
function neighbour(chars: readonly string[], i: number, step: -1 | 1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) if (chars[j] !== ' ') return chars[j];
  return undefined;
}

/**
 * Half-width punctuation that scraped Chinese often carries, set full-width as printed Chinese has
 * it: `,` `:` `;` `?` `!` next to Chinese become `，` `：` `；` `？` `！`, and a pair of round brackets
 * that encloses or follows Chinese becomes `（` `）` (so `(一)` is `（一）`). Marks inside numbers
 * (1,234 and 10:30) and in runs of Latin text are kept. Each character maps to one character, so
 * offsets into the text stay valid.
 */
export function normalizePunctuation(text: string): string {
  const out = [...text];
  // Brackets first, as pairs: the content decides.
  const open: number[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '(') open.push(i);
    else if (out[i] === ')' && open.length) {
      const start = open.pop() as number;
      const inside = out.slice(start + 1, i).join('');
      if ([...inside].some(isCjk) || isCjk(neighbour(out, start, -1)) || /^[一二三四五六七八九十]+$/u.test(inside)) {
        out[start] = '（';
        out[i] = '）';
      }
    }
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i] as string;
    if (c === '(' || c === ')' || !(c in FULL_WIDTH)) continue;
    const before = neighbour(out, i, -1);
    const after = neighbour(out, i, 1);
    if ((c === ',' || c === ':') && isDigit(out[i - 1]) && isDigit(out[i + 1])) continue;
    if (isCjk(before) || isCjk(after)) out[i] = FULL_WIDTH[c] as string;
  }
  return out.join('');
}
