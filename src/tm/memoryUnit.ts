import type { Node } from 'prosemirror-model';
import * as z from 'zod';
import { plainTextOf } from '../document/plainText.js';
import { isSentenceMode, sourceSentences } from '../document/segments.js';
import { unitAttrs } from '../document/unitAttrs.js';
import { englishSentences } from '../import/englishSentences.js';
import { segmentSentences } from '../import/segmentSentences.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';

/** One translation unit of a memory: a Chinese sentence (or paragraph) and its English. */
export interface TmUnit {
  readonly source: string;
  readonly target: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Where it came from: the TMX file's name, or the project's. */
  readonly origin: string;
  /** For the project's own memory: the paragraph it was taken from (a paragraph never matches itself). */
  readonly unitId?: string;
  /** When it was last changed, ISO 8601, if known. */
  readonly changed?: string;
  /** A note the file gave the unit. */
  readonly note?: string;
}

const lang = z.string().min(1).max(35);
const unitSchema = z.object({
  source: z.string().min(1).max(100_000),
  target: z.string().min(1).max(100_000),
  sourceLang: lang,
  targetLang: lang,
  origin: z.string().max(1024),
  unitId: z.string().max(64).optional(),
  changed: z.string().max(40).optional(),
  note: z.string().max(20_000).optional(),
});

export const MEMORY_FORMAT = 'duizhao-memory';
export const MEMORY_VERSION = 1;
/** Largest memory file read: about a million sentence pairs. */
export const MAX_MEMORY_BYTES = 1024 * 1024 * 1024;

const memorySchema = z.object({
  format: z.literal(MEMORY_FORMAT),
  version: z.literal(MEMORY_VERSION),
  /** Files imported into it, newest last. */
  imports: z.array(z.object({ fileName: z.string().max(1024), importedAt: z.string().max(40), added: z.number().int().nonnegative() })).max(100_000),
  units: z.array(unitSchema),
});

/** The user's memory, kept across projects: the units of every TMX imported into it. */
export type MemoryFile = z.infer<typeof memorySchema>;

export type MemoryProblemCode = 'memory.notJson' | 'memory.notDuizhao' | 'memory.newerVersion' | 'memory.invalid' | 'memory.tooLarge';

/** An empty memory. */
export function createMemory(): MemoryFile {
  return { format: MEMORY_FORMAT, version: MEMORY_VERSION, imports: [], units: [] };
}

/** Serialises a memory, one unit per line. */
export function serializeMemory(memory: MemoryFile): string {
  const { units, ...header } = memory;
  return `${JSON.stringify(header).slice(0, -1)},"units":[\n${units.map((u) => JSON.stringify(u)).join(',\n')}\n]}\n`;
}

/** Parses and validates a memory file; never throws on bad input. */
export function parseMemory(text: string): Result<MemoryFile, Problem<MemoryProblemCode>> {
  if (text.length > MAX_MEMORY_BYTES) return fail('memory.tooLarge', { limit: MAX_MEMORY_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('memory.notJson');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== MEMORY_FORMAT) return fail('memory.notDuizhao');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > MEMORY_VERSION) return fail('memory.newerVersion', { version, supported: MEMORY_VERSION });
  const parsed = memorySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('memory.invalid', { path: issue?.path.map(String).join('.') || '(root)', detail: issue?.message ?? 'invalid' });
  }
  return ok(parsed.data);
}

const pairKey = (u: Pick<TmUnit, 'source' | 'target' | 'sourceLang' | 'targetLang'>): string =>
  `${u.sourceLang.toLowerCase()}\u0000${u.targetLang.toLowerCase()}\u0000${u.source}\u0000${u.target}`;

/**
 * Adds units to a memory: a unit whose source and English are already there (same languages) is
 * skipped, so importing the same TMX twice adds nothing.
 */
export function addToMemory(memory: MemoryFile, incoming: readonly TmUnit[], fileName: string, importedAt: string): { memory: MemoryFile; added: number; duplicates: number } {
  const seen = new Set(memory.units.map(pairKey));
  const units = [...memory.units];
  let duplicates = 0;
  for (const u of incoming) {
    const key = pairKey(u);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    units.push(u);
  }
  const added = units.length - memory.units.length;
  return { memory: { ...memory, units, imports: [...memory.imports, { fileName, importedAt, added }] }, added, duplicates };
}

/**
 * The memory units of one translated paragraph: its sentence pairs when the Chinese and the English
 * have as many sentences, else the paragraph pair. Whitespace runs become one space; a side that is
 * empty gives nothing.
 */
export function unitsOfParagraph(source: string, target: string, base: Omit<TmUnit, 'source' | 'target'>): TmUnit[] {
  const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const zh = clean(source);
  const en = clean(target);
  if (!zh || !en) return [];
  const zs = segmentSentences(zh);
  const es = englishSentences(en);
  if (zs.length > 1 && zs.length === es.length) {
    return zs.map((r, i) => ({ ...base, source: zh.slice(r.start, r.end), target: en.slice((es[i] as { start: number }).start, (es[i] as { end: number }).end) }));
  }
  return [{ ...base, source: zh, target: en }];
}

/** Statuses whose English the project's memory trusts: confirmed by the translator. */
const CONFIRMED = new Set(['translated', 'reviewed']);

/**
 * The project's own memory: the units of every confirmed, not excluded paragraph; in sentence mode,
 * one unit per confirmed sentence (its Chinese sentence and its cell's English), whatever the
 * paragraph's status, as a CAT tool writes a segment to its memory when it is confirmed.
 */
export function projectUnits(doc: Node, origin: string): TmUnit[] {
  const units: TmUnit[] = [];
  doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    if (attrs.excluded) return;
    const changed = attrs.updated === null ? undefined : new Date(attrs.updated).toISOString();
    const base = { sourceLang: 'zh-CN', targetLang: 'en', origin, unitId: attrs.id, ...(changed ? { changed } : {}) };
    if (isSentenceMode(unit)) {
      const { text, ranges } = sourceSentences(unit);
      ranges.forEach((r, i) => {
        const cell = i < unit.child(1).childCount ? unit.child(1).child(i) : null;
        if (!cell || !CONFIRMED.has(cell.attrs['status'] as string)) return;
        const source = text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
        const target = plainTextOf(cell).text.replace(/\s+/g, ' ').trim();
        if (source && target) units.push({ ...base, source, target });
      });
      return;
    }
    if (!CONFIRMED.has(attrs.status)) return;
    units.push(
      ...unitsOfParagraph(plainTextOf(unit.child(0)).text, plainTextOf(unit.child(1)).text, {
        sourceLang: 'zh-CN',
        targetLang: 'en',
        origin,
        unitId: attrs.id,
        ...(changed ? { changed } : {}),
      }),
    );
  });
  return units;
}
