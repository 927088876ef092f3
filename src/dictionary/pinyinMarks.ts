const MARKS: Readonly<Record<string, string>> = {
  a: 'āáǎàa',
  e: 'ēéěèe',
  i: 'īíǐìi',
  o: 'ōóǒòo',
  u: 'ūúǔùu',
  ü: 'ǖǘǚǜü',
};

/** The vowel of a syllable that carries the tone mark: a or e if present, o in "ou", else the last vowel. */
function markIndex(syllable: string): number {
  const lower = syllable.toLowerCase();
  for (const v of ['a', 'e']) {
    const at = lower.indexOf(v);
    if (at >= 0) return at;
  }
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower.charAt(i))) return i;
  return -1;
}

/** One syllable with a tone number ("zhong1", "lu:4", "r5") in tone marks ("zhōng", "lǜ", "r"); anything else as it is. */
export function syllableWithMark(token: string): string {
  const m = /^([A-Za-zÜüv:]+?)([1-5])$/.exec(token);
  if (!m) return token.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const base = (m[1] as string).replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  const tone = Number(m[2]);
  if (tone === 5) return base;
  const at = markIndex(base);
  if (at < 0) return base;
  const vowel = base.charAt(at);
  const lower = vowel.toLowerCase();
  const marked = (MARKS[lower] ?? lower).charAt(tone - 1);
  return base.slice(0, at) + (vowel === lower ? marked : marked.toUpperCase()) + base.slice(at + 1);
}

/** CC-CEDICT's numbered pinyin ("Zhong1 guo2") in tone marks ("Zhōng guó"), syllable by syllable. */
export function pinyinWithMarks(numbered: string): string {
  return numbered
    .split(' ')
    .map((token) => syllableWithMark(token))
    .join(' ');
}
