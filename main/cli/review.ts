import { resolve } from 'node:path';
import type { TFunction } from 'i18next';
import type { LoadedProject } from '../../src/document/projectFile.js';
import { MAX_REVIEW_BYTES } from '../../src/export/review/readReviewDocx.js';
import { readInputFile } from '../node/readInputFile.js';
import { writeProject } from '../node/projectFiles.js';
import type { CliIo } from './index.js';

/**
 * `duizhao merge <project> <review.docx> [-o out] [--json]`: a review table edited in Word comes back:
 * changed English as tracked changes on confirmed paragraphs (drafts elsewhere), comments as notes,
 * "reviewed" and "rejected" statuses, locked paragraphs left alone; a file made for another document is
 * refused (exit status 1) and nothing is written. With `--json`: the summary and the list of changes.
 */
export async function runReviewMerge(projectPath: string, reviewPath: string, output: string | undefined, json: boolean, io: CliIo, t: TFunction, load: (path: string) => Promise<LoadedProject>): Promise<number> {
  const project = await load(projectPath);
  const bytes = await readInputFile(resolve(io.cwd, reviewPath), MAX_REVIEW_BYTES, 'review.tooLarge');
  const { mergeReviewDocx } = await import('../node/exportDocx.js');
  const merged = mergeReviewDocx(project, bytes, { now: io.now().toISOString(), conflictNote: (english) => t('deliver.review.conflict', { english }), reviewer: t('review.defaultReviewer') });
  const target = resolve(io.cwd, output ?? projectPath);
  await writeProject(target, { ...merged.file, savedAt: io.now().toISOString() });
  if (json) io.out(JSON.stringify({ output: target, ...merged.summary, changes: merged.changes }, null, 2));
  else io.out(t('cli.reviewMerged', { output: target, ...merged.summary }));
  return 0;
}
