import { runCli } from '../main/cli/index.js';

/** Runs the CLI as a function with a fixed clock, and answers its exit status and what it printed to each stream. */
export async function runCliForTest(args: string[], cwd: string, dataDir?: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd, ...(dataDir ? { dataDir } : {}), now: () => new Date('2026-11-26T12:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
