import type { Channel, Request, Response } from '../src/api/contract.js';
import { dispatch } from '../main/node/dispatch.js';
import type { HandlerTable } from '../main/node/services.js';

/**
 * Calls a channel the way the UI does, through the one validated entry point (dispatch): arguments
 * are checked and projects loaded before the handler runs. A refusal throws its wire error.
 */
export async function callServices<C extends Channel>(handlers: HandlerTable, channel: C, args: Request<C>): Promise<Response<C>> {
  const envelope = await dispatch(handlers, channel, args);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
  return envelope.value as Response<C>;
}
