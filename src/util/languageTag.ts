/** BCP 47 language tags as files write them (zh-CN, ZH-cn, en_US): compared by primary subtag. */

/** Tags seen so far: a memory has a handful of tags in 100,000 units, so each is split once. */
const primaries = new Map<string, string>();

/** The primary language subtag, lower case: zh-CN → zh, EN_us → en. */
export function primaryLanguage(tag: string): string {
  let known = primaries.get(tag);
  if (known === undefined) {
    known = tag.toLowerCase().replace('_', '-').split('-')[0] ?? '';
    if (primaries.size < 1000) primaries.set(tag, known);
  }
  return known;
}

/**
 * Chooses a language of a file for a wanted tag: the same tag (any case), else the first whose
 * primary subtag is the same (zh-CN for zh). Null when none is.
 */
export function pickLanguage(languages: readonly string[], wanted: string): string | null {
  const exact = languages.find((l) => l.toLowerCase() === wanted.toLowerCase());
  return exact ?? languages.find((l) => primaryLanguage(l) === primaryLanguage(wanted)) ?? null;
}
