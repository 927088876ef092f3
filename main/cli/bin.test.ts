import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, recordInputs, ROOT } from '../../scripts/build.mjs';
import { fixturePath, SAMPLE } from '../../test/corpus.js';
import { scannedPdf, setPdf } from '../../test/makeDocuments.js';

const BIN = join(ROOT, 'bin/duizhao.mjs');
const run = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, npm_lifecycle_event: '', ...env } });

describe('the duizhao command (the built bundle, as bin and npx run it)', () => {
  it('prints its usage, runs a command from another folder, and says so for an unknown command', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-bin-'));
    const help = run(['--help'], cwd);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: duizhao <command>');
    writeFileSync(join(cwd, 'report.txt'), '标题\n\n正文第一段。');
    const info = run(['info', 'report.txt', '--json'], cwd);
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ totals: { units: 2 } });
    const unknown = run(['frobnicate'], cwd);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command “frobnicate”');
    // Piped output carries no progress line.
    expect(info.stderr).toBe('');
  });

  it('reads PDFs in the bundle: pdfjs finds its worker in its package, not next to the bundle', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-bin-'));
    writeFileSync(join(cwd, 'report.pdf'), await setPdf([[{ text: 'Report on the Work of the Government', heading: true }, { text: 'The economy grew by 2.3 percent.', indent: 20 }]], 'Report'));
    writeFileSync(join(cwd, 'scan.pdf'), await scannedPdf(1));
    const info = run(['info', 'report.pdf', '--json'], cwd);
    expect(info.stderr).toBe('');
    const project = JSON.parse(info.stdout) as { source: { format: string }; units: Array<{ source: string }> };
    expect(project.source.format).toBe('pdf');
    expect(project.units.map((u) => u.source)).toContain('The economy grew by 2.3 percent.');
    const scan = run(['import', 'scan.pdf', '-o', 'scan.duizhao'], cwd);
    expect(scan.status).toBe(1);
    expect(scan.stderr).toContain('This PDF has no text layer');
  });

  it('reads a path relative to the caller’s folder under npm run (INIT_CWD)', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-bin-'));
    const viaNpm = run(['info', relative(cwd, fixturePath(SAMPLE))], ROOT, { npm_lifecycle_event: 'duizhao', INIT_CWD: cwd });
    expect(viaNpm.status).toBe(0);
    expect(viaNpm.stdout).toContain('重庆市南岸区人民政府工作报告');
  });
});

describe('build freshness', () => {
  it('is stale without a build record, fresh after, and stale again when an input changes, moves back in time or disappears', () => {
    const out = mkdtempSync(join(tmpdir(), 'duizhao-out-'));
    const entry = join(out, 'entry.mjs');
    const input = join(out, 'input.ts');
    const other = join(out, 'other.ts');
    writeFileSync(entry, '');
    writeFileSync(input, 'export {};');
    writeFileSync(other, 'export const a = 1;');
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(input, earlier, earlier);
    utimesSync(other, earlier, earlier);
    const inputs = [relative(ROOT, input), relative(ROOT, other)];
    expect(isStale(out, entry)).toBe(true);
    recordInputs(out, Date.now(), inputs);
    expect(isStale(out, entry)).toBe(false);
    // Edited after the build.
    writeFileSync(input, 'export {}; // edited');
    expect(isStale(out, entry)).toBe(true);
    recordInputs(out, Date.now() + 1000, inputs);
    expect(isStale(out, entry)).toBe(false);
    // Restored with an older time (an archive, a copy keeping times): not newer than the build, but not what it read.
    const older = new Date(Date.now() - 3_600_000);
    utimesSync(other, older, older);
    expect(isStale(out, entry)).toBe(true);
    recordInputs(out, Date.now() + 1000, inputs);
    expect(isStale(out, entry)).toBe(false);
    // Changed while the build ran: built again next time.
    recordInputs(out, Date.now() - 120_000, inputs);
    expect(isStale(out, entry)).toBe(true);
    // Gone, or the output's entry gone.
    recordInputs(out, Date.now() + 1000, [...inputs, relative(ROOT, join(out, 'gone.ts'))]);
    expect(isStale(out, entry)).toBe(true);
    recordInputs(out, Date.now() + 1000, inputs);
    rmSync(entry);
    expect(isStale(out, entry)).toBe(true);
  });

  it('takes a record of the earlier kind (files without stamps) as stale', () => {
    const out = mkdtempSync(join(tmpdir(), 'duizhao-out-'));
    writeFileSync(join(out, 'entry.mjs'), '');
    writeFileSync(join(out, '.inputs.json'), JSON.stringify({ startedAt: Date.now() + 1000, files: ['package.json'] }));
    expect(isStale(out, join(out, 'entry.mjs'))).toBe(true);
  });
});
