// Runs Electronegativity (Doyensec's Electron security checker) over the app's code and fails on
// any finding above low severity that is not accepted below. The README lists each accepted finding
// with its reason. The code is copied without its tests, which use stand-ins on purpose.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Findings reviewed and accepted: check id and file. */
const ACCEPTED = [
  // shell.openExternal gets only URLs that isExternalWebUrl passed (http and https), tested in main/electron/security.test.ts.
  { issue: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/electron/security.ts' },
];

const scan = mkdtempSync(join(tmpdir(), 'duizhao-electronegativity-'));
try {
  for (const dir of ['main', 'renderer', 'src', 'package.json']) {
    cpSync(join(root, dir), join(scan, dir), { recursive: true, filter: (path) => !/\.test\.tsx?$/.test(path) });
  }
  // The tool's own runner, called as a library: its CLI writes CSV with two racing writes (the
  // header can land over the first finding), so the issues are taken from the runner's answer.
  const run = createRequire(import.meta.url)(join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'runner.js'));
  const silent = console.log;
  console.log = () => undefined; // the runner chats while it loads its checks
  let answer;
  try {
    // The Electron version is given, so the tool need not look it up online (it tries, and goes on without).
    answer = await run({ input: scan, customScan: [], excludeFromScan: [], isRelative: true, isVerbose: false, electronVersionOverride: '45.0.0', parserPlugins: [] }, false);
  } finally {
    console.log = silent;
  }
  if (answer.errors?.length) console.error(`electronegativity could not read: ${answer.errors.map((e) => e.file ?? e).join(', ')}`);
  const findings = answer.issues.map((i) => ({ issue: i.id, severity: i.severity?.name ?? '?', confidence: i.confidence?.name ?? '?', file: i.file, location: `${i.location?.line}:${i.location?.column}` }));
  // A row this script cannot read counts as blocking: a misread must never hide a finding.
  const blocking = findings.filter(
    (f) => !['LOW', 'INFORMATIONAL'].includes(f.severity) && !ACCEPTED.some((a) => a.issue === f.issue && a.file === f.file),
  );
  for (const f of findings) {
    const accepted = ACCEPTED.some((a) => a.issue === f.issue && a.file === f.file);
    console.log(`${f.severity.padEnd(8)} ${f.issue.padEnd(28)} ${f.file}:${f.location}${accepted ? '  (accepted, see README)' : ''}`);
  }
  if (blocking.length) {
    console.error(`electronegativity: ${blocking.length} finding(s) above low severity`);
    process.exit(1);
  }
  console.log(`electronegativity: ${findings.length} finding(s), none above low severity that is not accepted`);
} finally {
  rmSync(scan, { recursive: true, force: true });
}
