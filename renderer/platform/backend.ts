import type { MenuMessage } from '../../src/api/bridge.js';
import type { Channel, Request, Response, WireError } from '../../src/api/contract.js';

/** An error answered by the back end, with its code and parameters for an i18n message. */
export class BackendError extends Error implements WireError {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(error: WireError) {
    super(error.message);
    this.name = 'BackendError';
    this.code = error.code;
    this.params = error.params ?? {};
  }
}

/** How the UI reaches the back end: the same contract over Electron IPC or HTTP. */
export interface Backend {
  readonly mode: 'electron' | 'web';
  /** Calls a channel; rejects with a BackendError when the back end refuses. */
  invoke<C extends Channel>(channel: C, args: Request<C>): Promise<Response<C>>;
  /** Native menu commands (Electron); web mode has none and returns a no-op. */
  onMenuCommand(listener: (message: MenuMessage) => void): () => void;
}
