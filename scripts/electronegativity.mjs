// Runs Electronegativity (Doyensec's Electron security checker) over the app's code and fails on
// any finding above low severity that is not accepted below. The README lists each accepted finding
// with its reason. The code is copied without its tests, which use stand-ins on purpose.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

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
  const output = join(scan, 'findings.csv');
  const bin = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  // The Electron version is given, so the tool need not look it up online (it tries, and goes on without).
  execFileSync(process.execPath, [bin, '-i', scan, '-e', '45.0.0', '-r', '-v', 'false', '-o', output], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 240_000 });
  // CSV: issue, severity, confidence, filename, location, sample, description, url (samples hold commas and quotes).
  const rows = Papa.parse(readFileSync(output, 'utf8').trim(), { delimiter: ',', skipEmptyLines: true }).data.slice(1);
  const findings = rows.map((cells) => ({ issue: cells[0] ?? '?', severity: cells[1] ?? '?', confidence: cells[2] ?? '?', file: cells[3] ?? '?', location: cells[4] ?? '?' }));
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
