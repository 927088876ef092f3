import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { parseGlossary, serializeGlossary, MAX_GLOSSARY_BYTES, type Glossary } from '../../src/glossary/glossaryFile.js';
import { AppError } from './appError.js';
import { saveFile } from './atomicWrite.js';
import { readTextFile } from './readInputFile.js';

/** New entry ids: XML names, unique without coordination. */
export const newEntryId = (): string => `e${randomUUID().replaceAll('-', '')}`;

/** Reads and validates a glossary file; a missing or damaged file is an AppError and is left as it is. */
export async function readGlossary(path: string): Promise<Glossary> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isFile()) throw new AppError('glossary.notFound', { path });
  if (stat.size > MAX_GLOSSARY_BYTES) throw new AppError('glossary.tooLarge', { limit: MAX_GLOSSARY_BYTES });
  const parsed = parseGlossary(await readTextFile(path));
  if (!parsed.ok) throw AppError.from(parsed.error);
  return parsed.value;
}

/** Writes a glossary atomically; an existing file that is not a glossary this version reads is never overwritten. */
export async function writeGlossary(path: string, glossary: Glossary): Promise<void> {
  const text = serializeGlossary(glossary);
  const check = parseGlossary(text);
  if (!check.ok) throw AppError.from(check.error);
  const existing = await readTextFile(path).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : ''));
  if (existing !== null && !parseGlossary(existing).ok) throw new AppError('save.wouldOverwrite', { path, reason: 'glossary' });
  await fs.mkdir(dirname(path), { recursive: true }).catch(() => undefined);
  await saveFile(path, text);
}

/**
 * Serialises changes to glossary files: each file's read-modify-write runs after the previous one,
 * so two quick edits never lose one another.
 */
export class GlossaryWriter {
  private readonly queues = new Map<string, Promise<unknown>>();

  update(path: string, change: (glossary: Glossary) => Glossary): Promise<Glossary> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(async () => {
      const updated = change(await readGlossary(path));
      await writeGlossary(path, updated);
      return updated;
    });
    this.queues.set(path, next);
    return next;
  }
}
