import { promises as fs } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { AppError } from './appError.js';
import type { RecentFiles } from './recentFiles.js';

import { PROJECT_EXTENSION } from '../../src/document/projectFile.js';
import { GLOSSARY_EXTENSION } from '../../src/glossary/glossaryFile.js';

/** The extension of project files. */

/**
 * Which files a request may touch. A path from the UI is honoured only when the user chose it: through
 * a native dialog, on the command line, from the recent-files list, or (web mode) as a plain file
 * name inside the workspace folder. Anything else, `../../etc/passwd` included, is `access.denied`.
 */
export class FileAccess {
  private readonly granted = new Set<string>();
  private readonly creatable = new Set<string>();

  constructor(
    /** Web mode's folder for projects; null in Electron, where dialogs choose paths. */
    readonly workspace: string | null,
    private readonly recent: RecentFiles,
  ) {}

  /** Records a path the user chose outside a request (dialog, command line, a completed save). */
  grant(path: string): void {
    this.granted.add(normalize(path));
  }

  /** Records a path where the user chose to create a file (a Save dialog). */
  grantNew(path: string): void {
    this.creatable.add(normalize(path));
    this.granted.add(normalize(path));
  }

  /** Resolves the path of a glossary to create: a plain name in the workspace or a path from a Save dialog. */
  async resolveNewGlossary(requested: string): Promise<string> {
    if (isAbsolute(requested) && normalize(requested) === requested && this.creatable.has(requested)) return requested;
    if (this.workspace !== null && isPlainName(requested, GLOSSARY_EXTENSION)) return join(this.workspace, requested);
    throw new AppError('access.denied', { path: requested });
  }

  /** Resolves a requested project path to the absolute path of a file the user chose. */
  async resolveProject(requested: string): Promise<string> {
    return this.resolve(requested, PROJECT_EXTENSION, true);
  }

  /**
   * Resolves a requested glossary path: one the user chose (a dialog, a glossary linked by a project
   * they opened, the default glossary) or a plain glossary file name in the workspace.
   */
  async resolveGlossary(requested: string): Promise<string> {
    return this.resolve(requested, GLOSSARY_EXTENSION, false);
  }

  private async resolve(requested: string, extension: string, recentAllowed: boolean): Promise<string> {
    if (requested.includes('\0')) throw new AppError('access.denied', { path: requested });
    if (isAbsolute(requested)) {
      const clean = normalize(requested);
      if (clean !== requested) throw new AppError('access.denied', { path: requested });
      if (this.granted.has(clean) || (recentAllowed && (await this.recent.has(clean)))) return clean;
      throw new AppError('access.denied', { path: requested });
    }
    if (this.workspace !== null && isPlainName(requested, extension)) return join(this.workspace, requested);
    throw new AppError('access.denied', { path: requested });
  }

  /** The project and glossary files in the workspace folder (web mode), newest first; empty when there is no workspace. */
  async listWorkspace(): Promise<Array<{ name: string; path: string; modified: string }>> {
    if (this.workspace === null) return [];
    const names = await fs.readdir(this.workspace).catch(() => [] as string[]);
    const files: Array<{ name: string; path: string; modified: string }> = [];
    for (const name of names.filter((n) => isPlainName(n, PROJECT_EXTENSION) || isPlainName(n, GLOSSARY_EXTENSION))) {
      const path = join(this.workspace, name);
      const stat = await fs.stat(path).catch(() => null);
      if (stat?.isFile()) files.push({ name, path, modified: stat.mtime.toISOString() });
    }
    return files.sort((a, b) => b.modified.localeCompare(a.modified));
  }
}

/** A file name with no folder part, not hidden, ending in `.duizhao`. */
export function isPlainProjectName(name: string): boolean {
  return isPlainName(name, PROJECT_EXTENSION);
}

/** A file name with no folder part, not hidden, ending in the extension. */
export function isPlainName(name: string, extension: string): boolean {
  return (
    name.length > extension.length &&
    name.length <= 255 &&
    name.endsWith(extension) &&
    !name.startsWith('.') &&
    !/[\\/\0:*?"<>|]/.test(name) &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    !/[\u0000-\u001f]/.test(name)
  );
}
