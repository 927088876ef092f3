import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, ROOT } from '../../scripts/build.mjs';
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
  it('is stale without a build record, fresh after, and stale again when an input changes or disappears', () => {
    const out = mkdtempSync(join(tmpdir(), 'duizhao-out-'));
    const entry = join(out, 'entry.mjs');
    const input = join(out, 'input.ts');
    writeFileSync(entry, '');
    writeFileSync(input, 'export {};');
    expect(isStale(out, entry)).toBe(true);
    const startedAt = Date.now() + 1000;
    const record = (files: string[]) => writeFileSync(join(out, '.inputs.json'), JSON.stringify({ startedAt, files: files.map((f) => relative(ROOT, f)) }));
    record([input]);
    expect(isStale(out, entry)).toBe(false);
    writeFileSync(join(out, '.inputs.json'), JSON.stringify({ startedAt: Date.now() - 60_000, files: [relative(ROOT, input)] }));
    expect(isStale(out, entry)).toBe(true);
    record([input, join(out, 'gone.ts')]);
    expect(isStale(out, entry)).toBe(true);
  });
});
