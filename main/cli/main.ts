import { runCli } from './index.js';
import { terminalProgress } from './progress.js';

// A reader that stops early (`duizhao qa x | head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
// Progress only for a person at a terminal: not when the output is piped, not for `--json`.
const display = process.stderr.isTTY && process.stdout.isTTY && !args.includes('--json') ? terminalProgress(process.stderr) : null;

runCli(args, {
  out: (line) => {
    display?.clear();
    process.stdout.write(`${line}\n`);
  },
  err: (line) => {
    display?.clear();
    process.stderr.write(`${line}\n`);
  },
  // `npm run duizhao` runs in the package's folder and names the caller's in INIT_CWD; `npx duizhao`
  // and the installed `duizhao` run where they are started.
  cwd: (process.env['npm_lifecycle_event'] === 'duizhao' && process.env['INIT_CWD']) || process.cwd(),
  now: () => new Date(),
  ...(display ? { progress: display.progress } : {}),
}).then(
  (code) => {
    display?.clear();
    process.exitCode = code;
  },
  (error: unknown) => {
    display?.clear();
    process.stderr.write(`duizhao: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
