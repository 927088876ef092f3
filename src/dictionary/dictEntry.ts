/** One CC-CEDICT entry. `pinyin` is CC-CEDICT's numbered form ("Zhong1 guo2"); senses in the dictionary's order. */
export interface DictEntry {
  readonly simplified: string;
  readonly traditional: string;
  readonly pinyin: string;
  readonly senses: readonly string[];
}

/** A line of CC-CEDICT's own text format: `傳統 传统 [chuan2 tong3] /tradition/traditional/`. */
const CEDICT_LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

/** Reads one line of a CC-CEDICT file; comments, blank and malformed lines give null. */
export function parseCedictLine(line: string): DictEntry | null {
  if (line.startsWith('#')) return null;
  const m = CEDICT_LINE.exec(line);
  if (!m) return null;
  return { traditional: m[1] as string, simplified: m[2] as string, pinyin: m[3] as string, senses: (m[4] as string).split('/').filter((s) => s !== '') };
}
