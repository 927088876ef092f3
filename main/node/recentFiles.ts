import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';
import { promises as nodeFs } from 'node:fs';
import { writeFileAtomic } from './atomicWrite.js';

const MAX_RECENT = 10;

const list = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() })).max(100);

export type RecentFile = z.infer<typeof list>[number];

/** The recent-files list: projects the user opened or saved, newest first, kept in one small JSON file. */
export class RecentFiles {
  constructor(private readonly file: string) {}

  /** The list; empty when the file is missing or unreadable. */
  async list(): Promise<RecentFile[]> {
    const text = await fs.readFile(this.file, 'utf8').catch(() => null);
    if (text === null) return [];
    try {
      const parsed = list.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  /** True when the path is on the list: the user chose it in an earlier session. */
  async has(path: string): Promise<boolean> {
    return (await this.list()).some((r) => r.path === path);
  }

  /** Puts a project at the top of the list. */
  async add(path: string, title: string, openedAt: string): Promise<void> {
    const next = [{ path, title, openedAt }, ...(await this.list()).filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    await fs.mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(next, null, 1), nodeFs, { durable: false });
  }
}
