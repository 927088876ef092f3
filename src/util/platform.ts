/**
 * The platform APIs the core uses that are neither ECMAScript nor typed in src/ (which has no DOM or
 * Node types): the WHATWG Encoding API, present in Node ≥ 18, Electron and every browser. Kept in
 * this one file so the rest of the core stays free of environment quirks.
 */

interface TextDecoderLike {
  decode(input?: Uint8Array): string;
}

type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

const { TextDecoder: PlatformTextDecoder } = globalThis as unknown as { TextDecoder: TextDecoderConstructor };

/** A WHATWG TextDecoder; throws a RangeError for a label the platform does not know. */
export function createTextDecoder(label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoderLike {
  return new PlatformTextDecoder(label, options);
}

/** Windows-1252 characters of bytes 0x80–0x9F (WHATWG), where Latin-1 has control characters; 0 for the five it leaves undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 as the WHATWG Encoding Standard does. Node's TextDecoder decodes this label
 * as Latin-1 (bytes 0x80–0x9F become control characters rather than “ ” – € …), so it is done here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b)));
  }
  return out;
}
