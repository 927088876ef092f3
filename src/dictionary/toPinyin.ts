import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/**
 * Hanyu pinyin with tone marks for a Chinese text, one syllable a character, spaces between
 * syllables (重庆 → "chóng qìng"); the reading of a character with several comes from its word
 * (银行 → "yín háng"). Tone marks are the dictionary tones, without sandhi (一带一路 → "yī dài yī
 * lù"). Anything that is not a Han character is kept as it is, runs of it together.
 */
export function toPinyin(text: string): string {
  if (!HAN.test(text)) return text;
  return pinyin(text, { toneSandhi: false, nonZh: 'consecutive' }).replace(/\s+/g, ' ').trim();
}

/** Syllables that start with a, o or e take an apostrophe inside a word (xī'ān, nán'àn). */
const VOWEL_START = /^[aoeāáǎàōóǒòēéěè]/;

/**
 * Pinyin written by words, as names are romanised: the syllables of each word joined, with the
 * apostrophe where a syllable starts with a vowel (南岸区 in words 南岸 / 区 → "nán'àn qū").
 * `words` is the text cut into words (its parts must join to the text).
 */
export function toPinyinWords(words: readonly string[]): string {
  const out: string[] = [];
  for (const word of words) {
    if (!HAN.test(word)) {
      if (word.trim()) out.push(word.trim());
      continue;
    }
    const syllables = pinyin(word, { toneSandhi: false, type: 'array', nonZh: 'consecutive' }).filter((s) => s.trim() !== '');
    out.push(syllables.map((s, i) => (i > 0 && VOWEL_START.test(s) ? `'${s}` : s)).join(''));
  }
  return out.join(' ');
}
