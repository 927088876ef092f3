import { promises as fs } from 'node:fs';
import type { Node } from 'prosemirror-model';
import { parseProjectFile, serializeProjectFile, validateProject, MAX_PROJECT_BYTES, type LoadedProject, type ProjectFile } from '../../src/document/projectFile.js';
import { AppError } from './appError.js';
import { sha256 } from './hash.js';
import { saveFile, type AtomicFs } from './atomicWrite.js';
import { readTextFile } from './readInputFile.js';

/** Reads and validates a project file; a missing, corrupt or newer-version file is an AppError and is left as it is. */
export async function readProject(path: string): Promise<LoadedProject & { readonly diskHash: string }> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isFile()) throw new AppError('project.notFound', { path });
  if (stat.size > MAX_PROJECT_BYTES) throw new AppError('project.tooLarge', { limit: MAX_PROJECT_BYTES });
  const text = await readTextFile(path).catch((e: unknown) => {
    throw new AppError('project.unreadable', { path, detail: e instanceof Error ? e.message : String(e) });
  });
  const parsed = parseProjectFile(text);
  if (!parsed.ok) throw AppError.from(parsed.error);
  return { ...parsed.value, diskHash: sha256(text) };
}

/**
 * What a caller of `writeProject` already knows, so that nothing is validated twice: `doc`, the
 * document whose JSON is the file's `doc` (it is checked as a node instead of being parsed back from
 * the text), and `readHash`, the hash of the project file as the caller read and validated it (a file
 * still holding those bytes at the path is known to be a project and is not parsed again).
 */
export interface KnownProject {
  readonly doc?: Node;
  readonly readHash?: string;
}

/**
 * Validates a project file received from the UI and writes it atomically; answers the hash of what
 * it wrote. An existing file at the path that is not a project this version can read (another
 * program's file, a corrupt or newer project) is never overwritten; nor is one that changed since it
 * was read, when `expectedHash` (its hash then) is given: another program or another Duizhao wrote it.
 */
export async function writeProject(path: string, file: ProjectFile, atomicFs?: AtomicFs, expectedHash: string | null = null, known: KnownProject = {}): Promise<string> {
  const text = serializeProjectFile(file);
  const check = known.doc ? validateProject(file, known.doc) : parseProjectFile(text);
  if (!check.ok) throw AppError.from(check.error);
  const existing = await readTextFile(path).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : ''));
  if (existing !== null) {
    const existingHash = known.readHash !== undefined || expectedHash !== null ? sha256(existing) : null;
    if (existingHash === null || existingHash !== known.readHash) {
      const old = parseProjectFile(existing);
      if (!old.ok) throw new AppError('save.wouldOverwrite', { path, reason: old.error.code });
    }
    if (expectedHash !== null && existingHash !== expectedHash) throw new AppError('save.changedOnDisk', { path });
  }
  await saveFile(path, text, atomicFs);
  return sha256(text);
}
