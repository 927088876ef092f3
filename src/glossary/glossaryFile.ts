import * as z from 'zod';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import { glossaryEntrySchema, type GlossaryEntry } from './glossaryEntry.js';

export const GLOSSARY_FORMAT = 'duizhao-glossary';
export const GLOSSARY_VERSION = 1;
/** The extension of glossary files. */
export const GLOSSARY_EXTENSION = '.duizhao-glossary';
/** Largest glossary file read: 1,000,000 entries of a few hundred bytes. */
export const MAX_GLOSSARY_BYTES = 512 * 1024 * 1024;

export type GlossaryProblemCode = 'glossary.notJson' | 'glossary.notDuizhao' | 'glossary.newerVersion' | 'glossary.invalid' | 'glossary.duplicateId' | 'glossary.tooLarge';

const glossarySchema = z.object({
  format: z.literal(GLOSSARY_FORMAT),
  version: z.literal(GLOSSARY_VERSION),
  name: z.string().max(200),
  sourceLang: z.string().max(35),
  targetLang: z.string().max(35),
  entries: z.array(glossaryEntrySchema),
});

/** A glossary file: a name, its language pair and its entries. Projects link glossaries by path. */
export type Glossary = z.infer<typeof glossarySchema>;

/** A new, empty glossary. */
export function createGlossary(name: string, entries: GlossaryEntry[] = []): Glossary {
  return { format: GLOSSARY_FORMAT, version: GLOSSARY_VERSION, name, sourceLang: 'zh-CN', targetLang: 'en', entries };
}

/** Serialises a glossary as UTF-8 JSON text, one entry per line so diffs stay readable. */
export function serializeGlossary(glossary: Glossary): string {
  const { entries, ...header } = glossary;
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

/** Parses and validates a glossary file; never throws on bad input. */
export function parseGlossary(text: string): Result<Glossary, Problem<GlossaryProblemCode>> {
  if (text.length > MAX_GLOSSARY_BYTES) return fail('glossary.tooLarge', { limit: MAX_GLOSSARY_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('glossary.notJson');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== GLOSSARY_FORMAT) return fail('glossary.notDuizhao');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > GLOSSARY_VERSION) return fail('glossary.newerVersion', { version, supported: GLOSSARY_VERSION });
  const parsed = glossarySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('glossary.invalid', { path: issue?.path.map(String).join('.') ?? '', detail: issue?.message ?? '' });
  }
  const ids = new Set<string>();
  for (const entry of parsed.data.entries) {
    if (ids.has(entry.id)) return fail('glossary.duplicateId', { id: entry.id });
    ids.add(entry.id);
  }
  return ok(parsed.data);
}
