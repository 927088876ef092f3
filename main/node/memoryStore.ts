import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { createMemory, MAX_MEMORY_BYTES, parseMemory, serializeMemory, type MemoryFile } from '../../src/tm/memoryUnit.js';
import { AppError } from './appError.js';
import { saveFile } from './atomicWrite.js';
import { readTextFile } from './readInputFile.js';

/** The file name of the user's memory in the app's data folder. */
export const MEMORY_FILE_NAME = 'memory.duizhao-tm';

/**
 * The user's translation memory on disk, kept across projects. A missing file is an empty memory;
 * a damaged one is an error and is never overwritten. Changes are read-modify-write, one after the
 * other, written atomically.
 */
export class MemoryStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  async read(): Promise<MemoryFile> {
    const stat = await fs.stat(this.path).catch(() => null);
    if (!stat) return createMemory();
    if (stat.size > MAX_MEMORY_BYTES) throw new AppError('memory.tooLarge', { limit: MAX_MEMORY_BYTES });
    const parsed = parseMemory(await readTextFile(this.path));
    if (!parsed.ok) throw new AppError(parsed.error.code, { ...parsed.error.params, path: this.path });
    return parsed.value;
  }

  update<T>(change: (memory: MemoryFile) => { memory: MemoryFile; result: T }): Promise<T> {
    const next = this.queue.catch(() => undefined).then(async () => {
      const { memory, result } = change(await this.read());
      await fs.mkdir(dirname(this.path), { recursive: true }).catch(() => undefined);
      await saveFile(this.path, serializeMemory(memory));
      return result;
    });
    this.queue = next;
    return next;
  }
}
