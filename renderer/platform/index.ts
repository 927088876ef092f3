import type { DuizhaoBridge } from '../../src/api/bridge.js';
import type { Backend } from './backend.js';
import { electronBackend } from './electronBackend.js';
import { webBackend } from './webBackend.js';

export { BackendError, type Backend } from './backend.js';

/** The back end of this window: the preload bridge in Electron, HTTP in web mode. */
export function detectBackend(): Backend {
  const bridge = (window as unknown as { duizhao?: DuizhaoBridge }).duizhao;
  return bridge ? electronBackend(bridge) : webBackend();
}
