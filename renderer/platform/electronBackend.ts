import type { DuizhaoBridge } from '../../src/api/bridge.js';
import type { Channel, Request, Response } from '../../src/api/contract.js';
import { BackendError, type Backend } from './backend.js';

/** The back end through the preload's `window.duizhao` bridge. */
export function electronBackend(bridge: DuizhaoBridge): Backend {
  return {
    mode: 'electron',
    async invoke<C extends Channel>(channel: C, args: Request<C>): Promise<Response<C>> {
      const envelope = await bridge.invoke(channel, args);
      if (!envelope.ok) throw new BackendError(envelope.error);
      return envelope.value as Response<C>;
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
