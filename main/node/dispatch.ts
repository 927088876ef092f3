import { isChannel, requests, type Channel, type Envelope } from '../../src/api/contract.js';
import type { Problem } from '../../src/util/result.js';
import { toWireError } from './appError.js';
import type { HandlerTable } from './services.js';

/**
 * The one entry point of every call from the UI, over IPC or HTTP: an unknown channel or arguments
 * that fail the contract's validator are refused before any handler runs (a project sent is parsed
 * here with the project file's own validation, and a bad one answers its code); whatever a handler
 * throws becomes `{ok: false, error: {code, params, message}}`.
 */
export async function dispatch(handlers: HandlerTable, channel: string, args: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'badRequest', params: { reason: 'channel' }, message: `unknown channel ${channel}` } };
  const parsed = requests[channel].safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // A validator that knows what is wrong (a project file's own check) names it; the rest is a bad request.
    const problem = issue?.code === 'custom' ? (issue.params as { problem?: Problem } | undefined)?.problem : undefined;
    if (problem) {
      const message = `${problem.code} in argument ${issue?.path.join('.') ?? ''}`;
      return { ok: false, error: problem.params ? { code: problem.code, params: problem.params, message } : { code: problem.code, message } };
    }
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
