/**
 * Code-unit normalisation for term matching: full-width ASCII and the ideographic space become their
 * half-width forms, the many quote and dash styles become one each, Latin letters become lower case.
 * Every mapping is one UTF-16 code unit to one, so an offset in the normalised text is the same offset
 * in the original, and matches need no position mapping.
 */
const TABLE = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) TABLE[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) TABLE[c] = c - 0xfee0; // ！…～ → !…~
TABLE[0x3000] = 0x20; // ideographic space
for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = c + 0x20; // A–Z → a–z
for (let c = 0xff21; c <= 0xff3a; c++) TABLE[c] = c - 0xfee0 + 0x20; // Ａ–Ｚ → a–z
for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x300c, 0x300d, 0x300e, 0x300f, 0x301d, 0x301e, 0xff02]) TABLE[c] = 0x22; // “ ” „ ‟ 「 」 『 』 〝 〞 ＂ → "
for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0xff07]) TABLE[c] = 0x27; // ‘ ’ ‚ ‛ ＇ → '
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xff0d]) TABLE[c] = 0x2d; // dashes and minus → -
TABLE[0x00a0] = 0x20;
TABLE[0x3001] = 0x3001; // 、 stays: it is not a comma in a term

/** The normalised form of each UTF-16 code unit, by code unit (for loops that read it millions of times). */
export const NORMAL_CODE: Readonly<Uint16Array> = TABLE;

/** The normalised form of one UTF-16 code unit. */
export function normalizeCode(code: number): number {
  return TABLE[code] as number;
}

/** The normalised form of a string, of the same length. */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(TABLE[text.charCodeAt(i)] as number);
  return out;
}

/** True for ASCII digits and Latin letters (after normalisation): the characters a code term must not touch. */
export function isCodeChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
