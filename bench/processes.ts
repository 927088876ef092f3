import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** One finished process: wall time from spawn to exit, its peak resident memory, its exit status. */
export interface ProcessRun {
  readonly ms: number;
  /** Peak resident set of the process (the largest of its waited-for descendants), in MB; NaN where GNU time is missing. */
  readonly peakMb: number;
  /** Processor time (user + system) of the process and its waited-for descendants, in ms; NaN where GNU time is missing. Unlike wall time, it hardly moves when other work shares the machine. */
  readonly cpuMs: number;
  readonly code: number | null;
}

/** GNU time reads the kernel's rusage of the finished process: its peak RSS, however short it lived. */
const GNU_TIME = '/usr/bin/time';
export const canMeasureMemory = existsSync(GNU_TIME);

/**
 * Runs a command to its end as a user would start it (a fresh process), timing it from spawn to exit
 * and reading its peak memory through GNU time. Output goes to `stdout` (a file path) or is dropped.
 */
export async function timeProcess(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdout?: string; timeoutMs?: number } = {}): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-time-'));
  const rusage = join(dir, 'rusage');
  const out = options.stdout ? openSync(options.stdout, 'w') : 'ignore';
  const [file, argv] = canMeasureMemory ? [GNU_TIME, ['-o', rusage, '-f', '%M %U %S', '--', command, ...args]] : [command, [...args]];
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, 'pipe'] });
    let errors = '';
    child.stderr?.on('data', (d: Buffer) => (errors = (errors + d.toString()).slice(-4000)));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', reject);
    child.on('exit', (status) => {
      if (timer) clearTimeout(timer);
      if (status !== 0 && status !== 1) process.stderr.write(`bench: ${command} ${args.join(' ')} exited with ${status}:\n${errors}\n`);
      resolve(status);
    });
  });
  const ms = performance.now() - started;
  if (typeof out === 'number') closeSync(out);
  // GNU time's last line: peak RSS in KB, user and system seconds (earlier lines may note a signal).
  const [kb, user, system] = canMeasureMemory ? (readFileSync(rusage, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  rmSync(dir, { recursive: true, force: true });
  return { ms, peakMb: (kb ?? NaN) / 1024, cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000, code };
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
