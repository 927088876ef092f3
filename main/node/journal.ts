import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { JournalSummary } from '../../src/api/contract.js';
import { parseProjectFile, serializeProjectFile, type LoadedProject } from '../../src/document/projectFile.js';
import { projectTitle } from '../../src/document/projectTitle.js';
import { writeFileAtomic } from './atomicWrite.js';
import { sha256 } from './hash.js';

const entry = z.object({
  key: z.string(),
  path: z.string().nullable(),
  title: z.string(),
  journaledAt: z.string(),
  project: z.string(),
});

/** A journal read back for recovery: where the project lives, when it was journaled, and its content. */
export interface JournalEntry extends LoadedProject {
  readonly key: string;
  readonly path: string | null;
  readonly journaledAt: string;
}

/**
 * The autosave journal: the UI writes the open project here a few seconds after the last edit, so a
 * crash or kill loses at most those seconds. One file per project key (its path, or
 * `untitled:<source hash>`), written atomically; saving the project discards it.
 */
export class Journal {
  constructor(private readonly dir: string) {}

  private fileOf(key: string): string {
    return join(this.dir, `${sha256(key).slice(0, 32)}.json`);
  }

  /** Writes the journal of a project (validated, as every project the UI sends is at the entry). */
  async write(key: string, path: string | null, project: LoadedProject, journaledAt: string): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const title = projectTitle(project.doc, project.file.source.fileName);
    const record = { key, path, title, journaledAt, project: serializeProjectFile(project.file) };
    await writeFileAtomic(this.fileOf(key), JSON.stringify(record));
  }

  /** Reads a journal; null when there is none or it cannot be read as a valid project. */
  async read(key: string): Promise<JournalEntry | null> {
    const text = await fs.readFile(this.fileOf(key), 'utf8').catch(() => null);
    if (text === null) return null;
    return parseEntry(text);
  }

  /** Deletes the journal of a project, if any. */
  async discard(key: string): Promise<void> {
    await fs.rm(this.fileOf(key), { force: true });
  }

  /** Every readable journal, newest first. Unreadable ones are skipped, never deleted. */
  async list(): Promise<JournalSummary[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const found: JournalSummary[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const text = await fs.readFile(join(this.dir, name), 'utf8').catch(() => null);
      const parsed = text === null ? null : parseEntry(text);
      if (parsed) found.push({ key: parsed.key, path: parsed.path, title: projectTitle(parsed.doc, parsed.file.source.fileName), journaledAt: parsed.journaledAt });
    }
    return found.sort((a, b) => b.journaledAt.localeCompare(a.journaledAt));
  }
}

function parseEntry(text: string): JournalEntry | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const record = entry.safeParse(json);
  if (!record.success) return null;
  const project = parseProjectFile(record.data.project);
  if (!project.ok) return null;
  return { key: record.data.key, path: record.data.path, journaledAt: record.data.journaledAt, ...project.value };
}
