import { decodeXml } from '../xml/parseXml.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import type { TmUnit } from './memoryUnit.js';
import { pickLanguage } from '../util/languageTag.js';
import { readTmx, type TmxProblemCode } from './tmx.js';
import { readXliff, type XliffProblemCode } from './xliff.js';
import { MAX_MEMORY_IMPORT_BYTES } from '../util/inputLimits.js';

export { MAX_MEMORY_IMPORT_BYTES };

export type MemoryImportProblemCode = TmxProblemCode | XliffProblemCode | 'tm.tooLarge' | 'tm.unsupported';

/** Translation units read from a TMX or XLIFF file for one language pair. */
export interface MemoryImport {
  readonly format: 'tmx' | 'xliff';
  readonly units: TmUnit[];
  readonly languages: readonly string[];
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Units without text on both sides. */
  readonly skipped: number;
}

/**
 * Reads a TMX file, or the translated units of an XLIFF 1.2/2.0 file, as memory units of the pair
 * `sourceLang` → `targetLang` (default Chinese → English). A file without that pair is refused
 * with the languages it has, so the user can choose.
 */
export function readMemoryImport(
  fileName: string,
  bytes: Uint8Array,
  wanted: { readonly sourceLang?: string; readonly targetLang?: string } = {},
): Result<MemoryImport, Problem<MemoryImportProblemCode>> {
  if (bytes.length > MAX_MEMORY_IMPORT_BYTES) return fail('tm.tooLarge', { limit: MAX_MEMORY_IMPORT_BYTES });
  const head = decodeXml(bytes.subarray(0, 4096).length === bytes.length ? bytes : bytes.subarray(0, 4096));
  // A cut in the middle of a character fails decoding; the root is sniffed from what decodes.
  const sniff = head.ok ? head.value : new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  const cleaned = sniff.replace(/\0/g, '');
  const root = /<(?:[\w.-]+:)?(tmx|xliff)\b/.exec(cleaned.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?>/g, ''))?.[1];
  if (root === 'xliff' || (!root && /\.(xlf|xliff)$/i.test(fileName))) {
    const read = readXliff(bytes);
    if (!read.ok) return read;
    const x = read.value;
    const languages = [x.sourceLang, x.targetLang].filter(Boolean);
    const source = pickLanguage([x.sourceLang], wanted.sourceLang ?? 'zh');
    const target = pickLanguage([x.targetLang], wanted.targetLang ?? 'en');
    if (!source || !target) return fail('tmx.noPair', { languages: languages.join(', '), source: wanted.sourceLang ?? 'zh', target: wanted.targetLang ?? 'en' });
    const units: TmUnit[] = [];
    let skipped = 0;
    for (const u of x.units) {
      const s = u.source.text.replace(/\s*\n\s*/g, ' ').trim();
      const t = (u.target?.text ?? '').replace(/\s*\n\s*/g, ' ').trim();
      if (!s || !t) {
        skipped++;
        continue;
      }
      units.push({ source: s, target: t, sourceLang: source, targetLang: target, origin: fileName });
    }
    return ok({ format: 'xliff', units, languages, sourceLang: source, targetLang: target, skipped });
  }
  if (root === 'tmx' || /\.tmx$/i.test(fileName)) {
    const read = readTmx(bytes, fileName, wanted);
    if (!read.ok) return read;
    const { units, languages, sourceLang, targetLang, skipped } = read.value;
    return ok({ format: 'tmx', units, languages, sourceLang, targetLang, skipped });
  }
  return fail('tm.unsupported', { fileName });
}
