import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProjectFile, type ProjectFile } from '../../src/document/projectFile.js';
import { fixtureBytes, fixturePath, SAMPLE } from '../../test/corpus.js';
import { translatedReport } from '../../test/translatedProject.js';
import { runCli } from './index.js';

async function cli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd, now: () => new Date('2026-11-26T12:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The sample's paragraph with 985.2亿元 translated with a scale error (亿 read as billion): a QA error whatever else the check finds. */
function withScaleError(file: ProjectFile): ProjectFile {
  const doc = structuredClone(file.doc) as { content: Array<{ content: Array<{ type: string; content?: Array<{ type?: string; text?: string }> }> }> };
  const unit = doc.content.find((u) => (u.content[0]?.content ?? []).some((t) => t.text?.includes('985.2亿元')));
  if (!unit) throw new Error('the sample has no 985.2亿元');
  unit.content[1] = {
    type: 'target',
    content: [{ type: 'text', text: "For the whole year, the district's GDP grew by 6.7 percent, reaching 985.2 billion yuan, first among the central urban districts." }],
  };
  return { ...file, doc: doc as unknown as Record<string, unknown> };
}

/** A project of the sample with real English everywhere (sentences of another report, so it holds number findings). */
function projectIn(dir: string, edit: (file: ProjectFile) => ProjectFile = (f) => f): string {
  const file = edit(translatedReport('nanan.txt', fixtureBytes(SAMPLE), [fixturePath('../../assets/glossary/starter.duizhao-glossary')]));
  const path = join(dir, 'nanan.duizhao');
  writeFileSync(path, serializeProjectFile(file));
  return path;
}

describe('duizhao export: preflight, --strict, Word deliverables', () => {
  it('prints the preflight, and with --strict stops on its errors (exit 1) writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-deliver-'));
    const project = projectIn(dir, withScaleError);
    const strict = await cli(['export', project, '--docx', 'out.docx', '--review-docx', 'review.docx', '--xliff', 'out.xlf', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/^Preflight: [1-9]\d* errors, \d+ warnings\./m);
    expect(strict.err).toContain('985.2亿元 is 98.52 billion; the English says');
    expect(strict.err).toMatch(/Stopped by --strict: \d+ errors\. Nothing was written\./);
    for (const f of ['out.docx', 'review.docx', 'out.xlf']) expect(existsSync(join(dir, f))).toBe(false);

    const lenient = await cli(['export', project, '--docx', 'out.docx', '--review-docx', 'review.docx'], dir);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toMatch(/^Preflight:/m);
    expect(lenient.out).toMatch(/Wrote .*out\.docx \(Word, \d+ bytes\)\./);
    expect(lenient.out).toMatch(/Wrote .*review\.docx: review table of 14 paragraphs \(Word\)\./);
    expect(readFileSync(join(dir, 'out.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('passes --strict when only warnings are open, and lists untranslated paragraphs as ranges', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-deliver-'));
    // The sample as imported: nothing translated, so no QA error, only untranslated paragraphs.
    const result = await cli(['export', fixturePath(SAMPLE), '--review-docx', 'review.docx', '--strict'], dir);
    expect(result.code).toBe(0);
    expect(result.err).toContain('Preflight: 0 errors, 14 warnings.');
    expect(result.err).toContain('Untranslated paragraphs (14)');
    expect(result.err).toContain('paragraphs 1–14');
    expect(existsSync(join(dir, 'review.docx'))).toBe(true);
  }, 120_000);

  it('merges a review table back, and refuses one made for another document without touching the project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-deliver-'));
    const project = projectIn(dir);
    expect((await cli(['export', project, '--review-docx', 'review.docx'], dir)).code).toBe(0);
    const merged = await cli(['merge', project, 'review.docx', '-o', 'merged.duizhao', '--json'], dir);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.out)).toMatchObject({ english: 0, comments: 0, conflicts: 0, changes: [] });

    const otherDir = mkdtempSync(join(tmpdir(), 'duizhao-deliver-'));
    const other = projectIn(otherDir, (f) => ({ ...f, source: { ...f.source, sha256: 'f'.repeat(64), fileName: 'other.txt' } }));
    const before = readFileSync(other);
    const refused = await cli(['merge', other, join(dir, 'review.docx')], otherDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('This review table was made from another source file (nanan.txt), not from this project’s other.txt. Nothing was changed.');
    expect(readFileSync(other).equals(before)).toBe(true);
  }, 120_000);
});
