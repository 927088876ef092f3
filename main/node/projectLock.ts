import { unlinkSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as z from 'zod';

/** Who holds a project open: another Duizhao process on this machine, since when. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

const lockSchema = z.object({ app: z.literal('duizhao'), pid: z.number().int().positive(), host: z.string().max(255), since: z.string().max(40) });

/** The lock file of a project: hidden, beside it (`.report.duizhao.lock`). */
export function lockPathOf(projectPath: string): string {
  return join(dirname(projectPath), `.${basename(projectPath)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Lock files that tell a second Duizhao that a project is already open. Opening takes the lock
 * unless a live process on this machine holds it; then the opener is told who (it may still read and
 * edit, and its save is refused if the file changed meanwhile: never two silent writers). A lock of a
 * process that died (a crash, a kill) is stale and taken over. This process holds the lock of the
 * project it has open, and lets it go when another is opened and when it exits.
 */
/** Lock files this process holds, removed when it exits normally. */
const heldByProcess = new Set<string>();
process.once('exit', () => {
  for (const path of heldByProcess) {
    try {
      unlinkSync(path);
    } catch {
      // Gone already.
    }
  }
});

export class ProjectLocks {
  private held: string | null = null;

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly pid: number = process.pid,
  ) {}

  /** Takes the lock of a project now open here; answers who else holds it, if anyone. */
  async acquire(projectPath: string): Promise<LockHolder | null> {
    const path = lockPathOf(projectPath);
    const holder = await this.holder(path);
    if (this.held !== path) await this.release();
    if (holder) return holder;
    const lock = { app: 'duizhao', pid: this.pid, host: hostname(), since: this.now().toISOString() };
    // A folder we cannot write to gets no lock; the save's hash check still guards the file.
    await fs.writeFile(path, `${JSON.stringify(lock)}\n`).then(
      () => {
        this.held = path;
        heldByProcess.add(path);
      },
      () => undefined,
    );
    return null;
  }

  /** True when this process holds the project's lock (a save of it then touches no lock file). */
  holds(projectPath: string): boolean {
    return this.held === lockPathOf(projectPath);
  }

  /** Who else holds a lock: a live process of this machine other than this one. */
  private async holder(path: string): Promise<LockHolder | null> {
    const text = await fs.readFile(path, 'utf8').catch(() => null);
    if (text === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return null;
    }
    const lock = lockSchema.safeParse(json);
    if (!lock.success) return null;
    const { pid, host, since } = lock.data;
    if (pid === this.pid && host === hostname()) return null;
    if (host === hostname() && !alive(pid)) return null;
    return { pid, host, since };
  }

  async release(): Promise<void> {
    const path = this.held;
    this.held = null;
    if (!path) return;
    heldByProcess.delete(path);
    await fs.rm(path, { force: true }).catch(() => undefined);
  }
}
