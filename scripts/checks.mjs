// The static checks of `npm test` (typecheck, lint, security), run side by side: each is one process
// that keeps one core busy, so on two cores running them at once takes about half as long as one after
// the other. Each check's output is printed whole when it ends, and the script fails if any check fails.
import { spawn } from 'node:child_process';

const CHECKS = process.argv.length > 2 ? process.argv.slice(2) : ['typecheck', 'lint', 'security'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run -s <name>`; resolves with its exit code, its output and how long it took. */
function run(name) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(npm, ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ name, code: 1, output: `${output}${error.message}\n`, seconds: 0 }));
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output, seconds: (performance.now() - started) / 1000 }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const r of results) {
  process.stdout.write(`> ${r.name}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.seconds.toFixed(1)} s\n`);
  if (r.output.trim()) process.stdout.write(`${r.output.trimEnd()}\n`);
}
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length) {
  process.stderr.write(`checks failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
