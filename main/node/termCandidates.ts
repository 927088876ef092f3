import type { Node } from 'prosemirror-model';
import type { TermCandidates, TermCandidateWithMemory } from '../../src/api/contract.js';
import { extractTermCandidates } from '../../src/glossary/extractTermCandidates.js';
import { termSources } from '../../src/glossary/termSources.js';
import type { TmUnit } from '../../src/tm/memoryUnit.js';
import { renderingsFromMemory } from '../../src/tm/termRendering.js';
import type { DictionaryService } from './dictionaryService.js';

/**
 * The term candidates of a project (its units not excluded), without the terms the glossaries
 * already have, each with the English the memories give it: the one service behind the *Find term
 * candidates* dialog and `duizhao terms --extract`.
 */
export function findTermCandidates(doc: Node, options: { readonly dictionary: DictionaryService; readonly known: Iterable<string>; readonly memory: readonly TmUnit[]; readonly max?: number }): TermCandidates {
  const extracted = extractTermCandidates(termSources(doc), { dictionary: options.dictionary.words(), known: options.known, ...(options.max ? { max: options.max } : {}) });
  const renderings = renderingsFromMemory(
    extracted.candidates.map((c) => c.term),
    options.memory,
  );
  const candidates: TermCandidateWithMemory[] = extracted.candidates.map((c) => {
    const r = renderings.get(c.term);
    return { ...c, rendering: r?.rendering ?? null, memoryHits: r?.hits ?? 0, example: r?.example ?? null };
  });
  return { candidates, known: extracted.known, memoryUnits: options.memory.length };
}
