import type { Problem, Result } from '../util/result.js';
import { ok } from '../util/result.js';
import { alignDocuments, type AlignOptions, type AlignStats } from './alignDocuments.js';
import { buildSide } from './alignSide.js';
import type { Alignment } from './alignment.js';
import type { AnchorResources } from './anchors.js';
import { readChineseDocument, readEnglishDocument, type ReadProblemCode } from './readDocument.js';

/** A file as the user gave it: its name (which decides the format) and its bytes. */
export interface InputFile {
  readonly fileName: string;
  readonly data: Uint8Array;
}

/** A refusal of one of the two files, saying which. */
export type AlignFilesProblem = Problem<ReadProblemCode> & { readonly side: 'zh' | 'en' };

/**
 * Reads a Chinese and an English document and aligns them: the one entry point of the CLI and the
 * back end. A file that cannot be read is refused with its problem and which side it was; the
 * documents' names become the alignment's names.
 */
export function alignFiles(zh: InputFile, en: InputFile, resources: AnchorResources, options: Omit<AlignOptions, 'names'> = {}): Result<{ alignment: Alignment; stats: AlignStats }, AlignFilesProblem> {
  const zhRead = readChineseDocument(zh.fileName, zh.data);
  if (!zhRead.ok) return { ok: false, error: { ...zhRead.error, side: 'zh' } };
  const enRead = readEnglishDocument(en.fileName, en.data);
  if (!enRead.ok) return { ok: false, error: { ...enRead.error, side: 'en' } };
  const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;
  return ok(
    alignDocuments(buildSide('zh', zhRead.value.paragraphs), buildSide('en', enRead.value.paragraphs), resources, {
      ...options,
      names: { zh: baseName(zh.fileName), en: baseName(en.fileName) },
    }),
  );
}
