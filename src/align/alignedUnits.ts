import * as z from 'zod';
import type { TmUnit } from '../tm/memoryUnit.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import { isConsistent, pairText, type Alignment } from './alignment.js';

/** The origin the saved units carry: the two documents' names. */
export function alignmentOrigin(alignment: Alignment): string {
  return `${alignment.zh.name || 'zh'} + ${alignment.en.name || 'en'}`;
}

/**
 * The memory units of an alignment: one per pair with text on both sides that is not marked wrong
 * and whose confidence is at least `minConfidence` (or that the user edited), from Chinese (zh-CN)
 * to English (en), with the documents' names as origin. `skipped` counts the pairs left out.
 */
export function alignedUnits(alignment: Alignment, options: { readonly minConfidence?: number; readonly changed?: string } = {}): { units: TmUnit[]; skipped: number } {
  const origin = alignmentOrigin(alignment);
  const units: TmUnit[] = [];
  let skipped = 0;
  for (const pair of alignment.pairs) {
    const text = pairText(alignment, pair);
    if (pair.wrong || !text.zh || !text.en || (!pair.edited && pair.confidence < (options.minConfidence ?? 0))) {
      skipped++;
      continue;
    }
    units.push({ source: text.zh, target: text.en, sourceLang: 'zh-CN', targetLang: 'en', origin, ...(options.changed ? { changed: options.changed } : {}) });
  }
  return { units, skipped };
}

const MAX_TEXT = 5_000_000;
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const range = z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() });
const side = z.object({ name: z.string().max(1024), text: z.string().max(MAX_TEXT), paragraphs: z.array(span).max(500_000).readonly(), pieces: z.array(span).max(500_000).readonly() });

/** The schema of an alignment sent back by the review (from the UI, or a file). */
export const alignmentSchema = z.object({
  zh: side,
  en: side,
  pairs: z
    .array(z.object({ zh: range, en: range, confidence: z.number().min(0).max(1), edited: z.boolean().optional(), wrong: z.boolean().optional() }))
    .max(1_000_000)
    .readonly(),
});

export type AlignmentProblemCode = 'align.invalid';

/** Checks an alignment from outside: its shape, its spans inside its texts, and the pairs' invariant. */
export function checkAlignment(value: unknown): Result<Alignment, Problem<AlignmentProblemCode>> {
  const parsed = alignmentSchema.safeParse(value);
  if (!parsed.success) return fail('align.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? '' });
  const alignment = parsed.data as Alignment;
  for (const s of [alignment.zh, alignment.en]) {
    if (s.pieces.some((p) => p.start > p.end || p.end > s.text.length)) return fail('align.invalid', { detail: 'pieces' });
  }
  if (!isConsistent(alignment)) return fail('align.invalid', { detail: 'pairs' });
  return ok(alignment);
}
