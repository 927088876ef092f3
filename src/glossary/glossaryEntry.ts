import * as z from 'zod';

/** Whether an entry is settled for use (approved) or awaiting a decision (proposed). */
export const ENTRY_STATUSES = ['approved', 'proposed'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** Entry ids are XML names (TBX needs them as `xml:id` values), so they start with a letter or underscore. */
export const ENTRY_ID = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;

const text = z.string().max(10_000);
const form = z.string().trim().min(1).max(500);

export const glossaryEntrySchema = z.object({
  id: z.string().regex(ENTRY_ID),
  /** The Chinese term. */
  term: form,
  /** Other Chinese forms recognised as the same term. */
  variants: z.array(form).max(100),
  /** English renderings; the first is the preferred one, the others accepted alternatives. */
  renderings: z.array(form).max(100),
  /** English renderings that must not be used. */
  forbidden: z.array(form).max(100),
  /** What the term means, for the client: printed in the glossary appendix (TBX `descrip type="definition"`). */
  definition: text.default(''),
  /** The translator's internal note: never printed (TBX `note`). Glossaries from before `definition` keep their notes here. */
  note: text,
  domain: z.string().max(200),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
  status: z.enum(ENTRY_STATUSES),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});

/** One glossary entry: a Chinese term, its variants, its English renderings and what is known about it. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The preferred English rendering of an entry, or null when it has none yet. */
export function preferredRendering(entry: Pick<GlossaryEntry, 'renderings'>): string | null {
  return entry.renderings[0] ?? null;
}

/** Merges an incoming entry into an existing one with the same term: forms are united, empty fields filled. */
export function mergeEntries(existing: GlossaryEntry, incoming: GlossaryEntry, now: string): GlossaryEntry {
  const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
  return {
    ...existing,
    variants: union(existing.variants, incoming.variants).filter((v) => v !== existing.term),
    renderings: union(existing.renderings, incoming.renderings),
    forbidden: union(existing.forbidden, incoming.forbidden),
    definition: existing.definition || incoming.definition,
    note: existing.note || incoming.note,
    domain: existing.domain || incoming.domain,
    tags: union(existing.tags, incoming.tags),
    updatedAt: now,
  };
}
