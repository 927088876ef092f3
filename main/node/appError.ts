import type { Problem } from '../../src/util/result.js';
import type { WireError } from '../../src/api/contract.js';

/** An expected failure inside the back end, thrown by a handler and sent to the UI as `{code, params, message}`. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'AppError';
  }

  /** The error of a failed core result. */
  static from(problem: Problem): AppError {
    return new AppError(problem.code, problem.params);
  }
}

/** Turns anything a handler threw into the wire form; unexpected errors keep only a generic code and their message. */
export function toWireError(error: unknown): WireError {
  if (error instanceof AppError) return { code: error.code, params: error.params, message: error.message };
  return { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) }, message: String(error) };
}

/** Maps a file-system error of a save to a code the UI explains: read-only, disk full, folder gone. */
export function saveError(error: unknown, path: string): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('save.readOnly', { path });
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('save.diskFull', { path });
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('save.folderMissing', { path });
  return new AppError('save.failed', { path, detail: error instanceof Error ? error.message : String(error) });
}
