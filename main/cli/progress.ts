/**
 * Reports long work as it goes: a stage already in the user's language and, where known, how much of
 * how much is done. Commands call it freely; what is shown depends on where the output goes.
 */
export type Progress = (stage: string, done?: number, total?: number) => void;

/** A terminal progress line and the call that clears it when the command is over. */
export interface TerminalProgress {
  readonly progress: Progress;
  readonly clear: () => void;
}

const BAR = 24;

/**
 * A progress line on a terminal (standard error, so standard output stays clean), drawn only once
 * the command has run for `delayMs`, then at most every `everyMs`. It is drawn from the reports
 * themselves, not from a timer, so synchronous work that reports as it goes shows too.
 */
export function terminalProgress(stream: { write(text: string): unknown; columns?: number }, now: () => number = Date.now, delayMs = 1000, everyMs = 100): TerminalProgress {
  const started = now();
  let drawn = 0;
  let shown = false;
  const progress: Progress = (stage, done, total) => {
    const at = now();
    if (at - started < delayMs || (shown && at - drawn < everyMs && done !== total)) return;
    let line = stage;
    if (done !== undefined && total) {
      const share = Math.min(1, done / total);
      const filled = Math.round(share * BAR);
      line = `${stage} [${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${done}/${total} (${Math.floor(share * 100)}%)`;
    }
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r${line.slice(0, width).padEnd(width)}`);
    drawn = at;
    shown = true;
  };
  const clear = (): void => {
    if (!shown) return;
    stream.write(`\r${' '.repeat(Math.max(20, (stream.columns ?? 80) - 1))}\r`);
    shown = false;
  };
  return { progress, clear };
}
