import { childrenNamed, decodeXml, parseXml, type XmlElement, type XmlProblemCode } from '../xml/parseXml.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import type { TmUnit } from './memoryUnit.js';
import { pickLanguage } from '../util/languageTag.js';

export type TmxProblemCode = XmlProblemCode | 'tmx.notTmx' | 'tmx.noBody' | 'tmx.noPair' | 'tmx.empty';

/** What a TMX file holds for one language pair. */
export interface TmxContent {
  readonly units: TmUnit[];
  /** Every language of the file's `<tuv>`s, as written, in order of first use. */
  readonly languages: readonly string[];
  /** The pair taken (as written in the file). */
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Translation units without text in both languages. */
  readonly skipped: number;
  /** The tool that wrote the file and the source language its header claims (often wrong). */
  readonly creationTool: string;
  readonly headerSourceLang: string;
}

/** Elements of a `<seg>` whose content is native code (`<b>`, `{1}`), not text. */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** The text of a `<seg>` or `<hi>`: its characters, without the native codes of inline tags. */
function segText(element: XmlElement): string {
  let out = '';
  for (const child of element.children) {
    if (typeof child === 'string') out += child;
    else if (!CODE_ELEMENTS.has(child.name)) out += segText(child);
  }
  return out;
}

const tuvLang = (tuv: XmlElement): string => tuv.attrs['xml:lang'] ?? tuv.attrs['lang'] ?? '';

/** A TMX date (20020523T091200Z) as ISO 8601, or undefined. */
function tmxDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : undefined;
}

/**
 * Reads TMX 1.1–1.4 as real tools write it: any encoding with a BOM or declaration (UTF-16 LE/BE
 * included), a DOCTYPE that is never fetched, inline `<bpt>`/`<ept>`/`<ph>`/`<it>`/`<ut>` whose
 * native code is dropped (their text around is kept, `<hi>` content too), several `<tuv>`s per
 * `<tu>`. The header's `srclang` is not trusted: the pair is chosen among the languages the `<tuv>`s
 * actually use, `sourceLang`/`targetLang` (default zh → en). Line breaks become spaces; the ends are trimmed.
 */
export function readTmx(
  bytes: Uint8Array,
  fileName: string,
  wanted: { readonly sourceLang?: string; readonly targetLang?: string } = {},
): Result<TmxContent, Problem<TmxProblemCode>> {
  const text = decodeXml(bytes);
  if (!text.ok) return text;
  const parsed = parseXml(text.value);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.name !== 'tmx') return fail('tmx.notTmx', { root: root.name });
  const header = childrenNamed(root, 'header')[0];
  const body = childrenNamed(root, 'body')[0];
  if (!body) return fail('tmx.noBody');
  const tus = childrenNamed(body, 'tu');
  const languages: string[] = [];
  const seenLang = new Set<string>();
  for (const tu of tus) {
    for (const tuv of childrenNamed(tu, 'tuv')) {
      const l = tuvLang(tuv);
      if (l && !seenLang.has(l.toLowerCase())) {
        seenLang.add(l.toLowerCase());
        languages.push(l);
      }
    }
  }
  if (!tus.length || !languages.length) return fail('tmx.empty');
  const sourceLang = pickLanguage(languages, wanted.sourceLang ?? 'zh');
  const targetLang = pickLanguage(
    languages.filter((l) => l !== sourceLang),
    wanted.targetLang ?? 'en',
  );
  if (!sourceLang || !targetLang) {
    return fail('tmx.noPair', { languages: languages.join(', '), source: wanted.sourceLang ?? 'zh', target: wanted.targetLang ?? 'en' });
  }
  // Line breaks a pretty-printer put around the text go; tabs and spaces inside the text stay.
  const clean = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();
  const units: TmUnit[] = [];
  let skipped = 0;
  for (const tu of tus) {
    const tuvs = childrenNamed(tu, 'tuv');
    const find = (l: string): string => {
      const tuv = tuvs.find((t) => tuvLang(t).toLowerCase() === l.toLowerCase());
      const seg = tuv ? childrenNamed(tuv, 'seg')[0] : undefined;
      return seg ? clean(segText(seg)) : '';
    };
    const source = find(sourceLang);
    const target = find(targetLang);
    if (!source || !target) {
      skipped++;
      continue;
    }
    const note = childrenNamed(tu, 'note')
      .map((n) => clean(segText(n)))
      .filter(Boolean)
      .join('\n');
    const changed = tmxDate(tu.attrs['changedate'] ?? tu.attrs['creationdate']);
    units.push({ source, target, sourceLang, targetLang, origin: fileName, ...(changed ? { changed } : {}), ...(note ? { note } : {}) });
  }
  return ok({
    units,
    languages,
    sourceLang,
    targetLang,
    skipped,
    creationTool: header?.attrs['creationtool'] ?? '',
    headerSourceLang: header?.attrs['srclang'] ?? '',
  });
}
