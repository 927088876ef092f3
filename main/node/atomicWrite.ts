import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, saveError } from './appError.js';

/** The file-system calls an atomic write makes; tests pass a double that fails at a chosen step. */
export interface AtomicFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
  stat: typeof nodeFs.stat;
}

/**
 * Replaces `target` with `data` so that the file on disk is always either the old or the new version:
 * write a temporary file beside it, fsync it, rename it over the target, fsync the folder. On any
 * failure the temporary file is removed, the target is untouched, and the error is rethrown.
 * `durable: false` skips the fsyncs, for small files whose loss costs nothing (the recent-files list):
 * still never torn, but possibly the previous version after a power cut.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  fs: AtomicFs = nodeFs,
  options: { readonly durable?: boolean } = {},
): Promise<void> {
  const durable = options.durable ?? true;
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await fs.stat(target).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  let handle: Awaited<ReturnType<typeof nodeFs.open>> | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    if (durable) await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await sweepStaleTemps(dir, basename(target));
  if (!durable) return;
  // Make the rename itself durable; some file systems refuse to open a folder, and that is not a failure of the save.
  const folder = await fs.open(dir, 'r').catch(() => undefined);
  await folder?.sync().catch(() => undefined);
  await folder?.close().catch(() => undefined);
}

/**
 * Saves a user's file atomically (see `writeFileAtomic`); a file-system failure becomes the AppError
 * that tells the user why (read-only, disk full, folder gone).
 */
export async function saveFile(target: string, data: string | Uint8Array, fs?: AtomicFs): Promise<void> {
  try {
    await writeFileAtomic(target, data, fs);
  } catch (error) {
    throw error instanceof AppError ? error : saveError(error, target);
  }
}

/** The temporary files of a target: `.name.<pid>.<random>.tmp`. */
function tempPattern(name: string): RegExp {
  return new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files a save of the same target left when its process was killed mid-write
 * (their process is gone); never another running process's, never this process's own.
 */
async function sweepStaleTemps(dir: string, name: string): Promise<void> {
  const pattern = tempPattern(name);
  const entries = await nodeFs.readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (pid && !processAlive(pid)) await nodeFs.rm(join(dir, entry), { force: true }).catch(() => undefined);
  }
}
