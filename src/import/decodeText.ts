import { createTextDecoder } from '../util/platform.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';

/** The encodings a report may come in (PRODUCT.md): everything else is refused. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeProblemCode =
  | 'import.empty'
  | 'import.truncatedUtf8'
  | 'import.binary'
  | 'import.utf16WithoutBom'
  | 'import.invalidUtf8'
  | 'import.invalidUtf16'
  | 'import.undecodable';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** Signatures of binary formats people drop by mistake: named so the message can say what the file is. */
const SIGNATURES: ReadonlyArray<{ readonly name: string; readonly bytes: readonly number[] }> = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'GZIP', bytes: [0x1f, 0x8b] },
  { name: '7Z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'OLE', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return createTextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** True when more than 1 in 200 characters are C0/C1 controls other than tab, newline, form feed and CR. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) controls++;
  }
  return controls > text.length / 200;
}

/**
 * True when bytes with NULs decode as strict UTF-16, in either byte order, to text without control
 * characters: UTF-16 text that lost its BOM. (Chinese UTF-16 has few NULs and they fall on both
 * parities, since 一 is U+4E00, so counting them says little; binary data fails the strict decode or
 * shows control characters.)
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length % 2 !== 0) return false;
  return (['utf-16le', 'utf-16be'] as const).some((label) => {
    const text = tryDecode(label, bytes);
    return text !== null && !looksBinary(text);
  });
}

/**
 * Decodes the bytes of a report: a BOM decides UTF-8/UTF-16; otherwise valid UTF-8 first, then
 * GB18030 (which covers GBK and GB2312). Binary files, files with NUL bytes and text that is valid
 * in neither encoding are refused with a problem code, never decoded with replacement characters.
 * `declared` is an encoding named inside the file (an HTML `<meta charset>`), tried after a BOM.
 */
export function decodeText(bytes: Uint8Array, declared?: 'utf-8' | 'gb18030'): Result<DecodedText, Problem<DecodeProblemCode>> {
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return fail('import.binary', { format: signature.name });

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === null) return fail('import.invalidUtf8');
    return checkText(text, 'utf-8-bom');
  }
  for (const [bom, label] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (startsWith(bytes, bom)) {
      if ((bytes.length - 2) % 2 !== 0) return fail('import.invalidUtf16');
      const text = tryDecode(label, bytes.subarray(2));
      if (text === null) return fail('import.invalidUtf16');
      return checkText(text, label);
    }
  }

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    if (looksLikeUtf16(bytes)) return fail('import.utf16WithoutBom');
    return fail('import.binary', { format: 'NUL' });
  }

  // UTF-8 cut off in the middle of its last character (a truncated download or copy) would otherwise
  // decode as GB18030 into nonsense: say the file is incomplete.
  if (declared !== 'gb18030' && tryDecode('utf-8', bytes) === null && utf8CutShort(bytes)) return fail('import.truncatedUtf8');
  const order: ReadonlyArray<'utf-8' | 'gb18030'> = declared === 'gb18030' ? ['gb18030', 'utf-8'] : ['utf-8', 'gb18030'];
  for (const label of order) {
    const text = tryDecode(label, bytes);
    if (text !== null) return checkText(text, label);
  }
  return fail('import.undecodable');
}

/** True when the bytes are UTF-8 except for an incomplete multi-byte sequence at their very end. */
function utf8CutShort(bytes: Uint8Array): boolean {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const lead = bytes[bytes.length - k] as number;
    if (lead < 0xc0) continue;
    const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    return needed > k && tryDecode('utf-8', bytes.subarray(0, bytes.length - k)) !== null;
  }
  return false;
}

function checkText(text: string, encoding: TextEncoding): Result<DecodedText, Problem<DecodeProblemCode>> {
  if (text.trim().length === 0) return fail('import.empty');
  if (looksBinary(text)) return fail('import.binary', { format: 'control' });
  return ok({ text, encoding });
}
