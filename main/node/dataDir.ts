import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where web mode and the CLI keep recent files and autosave journals: `DUIZHAO_HOME`, else
 * `$XDG_CONFIG_HOME/duizhao`, else `~/.config/duizhao`. (Electron uses its own userData folder.)
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['DUIZHAO_HOME']) return env['DUIZHAO_HOME'];
  return join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'duizhao');
}

/** The default web-mode workspace: `DUIZHAO_WORKSPACE`, else `~/Duizhao`. */
export function defaultWorkspace(env: NodeJS.ProcessEnv = process.env): string {
  return env['DUIZHAO_WORKSPACE'] || join(homedir(), 'Duizhao');
}
