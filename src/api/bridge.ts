import type { Envelope, MenuCommand } from './contract.js';

/** A command from the native menu; `path` goes with `openRecent`. */
export interface MenuMessage {
  readonly command: MenuCommand;
  readonly path?: string;
}

/**
 * The verbs the Electron preload exposes to the renderer as `window.duizhao`: one invoke entry point
 * and a menu subscription that returns its unsubscribe function. Never `ipcRenderer` itself.
 */
export interface DuizhaoBridge {
  invoke(channel: string, args: unknown): Promise<Envelope<unknown>>;
  onMenuCommand(listener: (message: MenuMessage) => void): () => void;
}
