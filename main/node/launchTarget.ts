import { resolve } from 'node:path';
import type { LaunchTarget } from './services.js';
import { PROJECT_EXTENSION } from '../../src/document/projectFile.js';

/** Reads the file named on the command line: a `.duizhao` project, or any other file as a report to import. */
export function launchTargetOf(arg: string | undefined, cwd: string = process.cwd()): LaunchTarget | null {
  if (!arg) return null;
  const path = resolve(cwd, arg);
  return path.endsWith(PROJECT_EXTENSION) ? { kind: 'project', path } : { kind: 'report', path };
}
