import { isChannel, requests, type Channel, type Envelope } from '../../src/api/contract.js';
import { toWireError } from './appError.js';
import type { HandlerTable } from './services.js';

/**
 * The one entry point of every call from the UI, over IPC or HTTP: an unknown channel or arguments
 * that fail the contract's validator are refused before any handler runs; whatever a handler
 * throws becomes `{ok: false, error: {code, params, message}}`.
 */
export async function dispatch(handlers: HandlerTable, channel: string, args: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'badRequest', params: { reason: 'channel' }, message: `unknown channel ${channel}` } };
  const parsed = requests[channel].safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: { code: 'badRequest', params: { reason: 'arguments', path: issue?.path.join('.') ?? '' }, message: issue?.message ?? 'invalid arguments' },
    };
  }
  try {
    const handler = handlers[channel] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}

export type { Channel };
