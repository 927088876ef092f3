import type { Channel, Envelope, Request, Response } from '../../src/api/contract.js';
import { parseWire, stringifyWire } from '../../src/api/wireJson.js';
import { BackendError, type Backend } from './backend.js';
import { browserBase64 } from './base64.js';

/** The back end of web mode: POST /api/<channel> on the server that served the page (its cookie carries the token). */
export function webBackend(): Backend {
  return {
    mode: 'web',
    async invoke<C extends Channel>(channel: C, args: Request<C>): Promise<Response<C>> {
      let response: globalThis.Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: stringifyWire(args, browserBase64),
          credentials: 'same-origin',
        });
      } catch {
        throw new BackendError({ code: 'network', message: 'network' });
      }
      const envelope = parseWire(await response.text(), browserBase64) as Envelope<Response<C>>;
      if (!envelope.ok) throw new BackendError(envelope.error);
      return envelope.value;
    },
    onMenuCommand: () => () => undefined,
  };
}
