import type { Problem, Result } from '../util/result.js';
import { ok } from '../util/result.js';
import { alignDocuments, type AlignOptions, type AlignStats } from './alignDocuments.js';
import { buildSide } from './alignSide.js';
import type { Alignment } from './alignment.js';
import type { AnchorResources } from './anchors.js';
import type { ReadDocument, ReadProblemCode } from './readDocument.js';

/** A file as the user gave it: its name (which decides the format) and its bytes. */
export interface InputFile {
  readonly fileName: string;
  readonly data: Uint8Array;
}

/** A refusal of one of the two files, saying which. */
export type AlignFilesProblem = Problem<ReadProblemCode> & { readonly side: 'zh' | 'en' };

/** A document as read for alignment, or why it was refused. */
export type ReadOutcome = Result<ReadDocument, Problem<ReadProblemCode>>;

/**
 * Aligns a Chinese and an English document as the readers delivered them (the back end reads every
 * format, `main/node/alignFiles.ts`): a refusal of either is returned with which side it was; the
 * files' base names become the alignment's names.
 */
export function alignReadFiles(
  zh: { readonly fileName: string; readonly read: ReadOutcome },
  en: { readonly fileName: string; readonly read: ReadOutcome },
  resources: AnchorResources,
  options: Omit<AlignOptions, 'names'> = {},
): Result<{ alignment: Alignment; stats: AlignStats }, AlignFilesProblem> {
  if (!zh.read.ok) return { ok: false, error: { ...zh.read.error, side: 'zh' } };
  if (!en.read.ok) return { ok: false, error: { ...en.read.error, side: 'en' } };
  const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;
  return ok(
    alignDocuments(buildSide('zh', zh.read.value.paragraphs), buildSide('en', en.read.value.paragraphs), resources, {
      ...options,
      names: { zh: baseName(zh.fileName), en: baseName(en.fileName) },
    }),
  );
}
