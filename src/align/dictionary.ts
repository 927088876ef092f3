import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import type { TmUnit } from '../tm/memoryUnit.js';
import type { DictionaryEntry } from './anchors.js';

/** Longest memory source taken as a name, in characters, and longest English for it. */
const NAME_SOURCE = 20;
const NAME_TARGET = 80;

/**
 * The aligner's dictionary: every glossary entry (term and variants ↔ renderings), and from the
 * user's memory the short units that are names (a Chinese source of 2–20 characters without a
 * sentence end, whose English is short and capitalised: 成渝地区双城经济圈 ↔ Chengdu-Chongqing …).
 */
export function dictionaryOf(glossary: readonly Pick<GlossaryEntry, 'term' | 'variants' | 'renderings'>[], memory: readonly Pick<TmUnit, 'source' | 'target'>[] = []): DictionaryEntry[] {
  const entries: DictionaryEntry[] = glossary.filter((e) => e.renderings.length > 0).map((e) => ({ zh: [e.term, ...e.variants], en: e.renderings }));
  const seen = new Set<string>();
  for (const unit of memory) {
    const zh = unit.source.trim();
    const en = unit.target.trim();
    if (zh.length < 2 || zh.length > NAME_SOURCE || en.length > NAME_TARGET || /[。！？；，,.!?;]/.test(zh) || !/^[A-Z0-9]/.test(en)) continue;
    const key = `${zh}\u0000${en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ zh: [zh], en: [en] });
  }
  return entries;
}
