import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectDescription } from './describeProject.js';
import { fixturePath, SAMPLE } from '../../test/corpus.js';
import { runCli } from './index.js';

async function cli(args: string[], cwd = mkdtempSync(join(tmpdir(), 'duizhao-cli-'))) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd, now: () => new Date('2026-11-26T12:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n'), cwd };
}

describe('duizhao info', () => {
  it('describes the sample: title, headings, run-in headings, and only the five trailing chrome lines excluded', async () => {
    const { code, out } = await cli(['info', fixturePath(SAMPLE), '--json']);
    expect(code).toBe(0);
    const info = JSON.parse(out) as ProjectDescription;
    expect(info.title).toBe('重庆市南岸区人民政府工作报告');
    expect(info.units[0]).toMatchObject({ id: 'u1', kind: 'title', source: '重庆市南岸区人民政府工作报告', target: '', status: 'untranslated' });
    expect(info.units.find((u) => u.kind === 'heading' && u.level === 1)).toMatchObject({ source: '一、2023年工作回顾', runInHeading: null });
    expect(info.units.filter((u) => u.runInHeading).map((u) => [u.level, u.runInHeading])).toEqual([
      [2, '(一)落实国家重大战略部署谋划新布局。'],
      [2, '(二)推动产业转型升级实现新进展。'],
    ]);
    const excluded = info.units.filter((u) => u.excluded);
    expect(excluded.map((u) => u.source.slice(0, 5))).toEqual(['本文仅代表', '本文地址:', '留言与评论', '验证码:', '网站地图']);
    expect(info.units.slice(-5).every((u) => u.excluded === 'chrome')).toBe(true);
    expect(info.totals).toMatchObject({ units: 19, excluded: 5, unitsDone: 0, unitsTotal: 14 });
    expect(info.units[6]?.sentences.length).toBeGreaterThan(1);
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await cli(['info', fixturePath(SAMPLE)]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('重庆市南岸区人民政府工作报告: 19 paragraphs (5 excluded), 0/14 translated, 0/2386 characters, 0 English words.');
  });
});

describe('duizhao import', () => {
  it('writes a project that info reads back, and gives the same units for the GB18030 and UTF-16 copies', async () => {
    const { code, out, cwd } = await cli(['import', fixturePath(SAMPLE), '-o', 'nanan.duizhao', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ units: 19, excluded: 5, encoding: 'utf-8' });
    const reference = JSON.parse((await cli(['info', join(cwd, 'nanan.duizhao'), '--json'])).out) as ProjectDescription;
    for (const copy of ['reports/nanan_gb18030.txt', 'reports/nanan_utf16le_bom.txt', 'reports/nanan_utf16be_bom.txt']) {
      const info = JSON.parse((await cli(['info', fixturePath(copy), '--json'])).out) as ProjectDescription;
      expect(info.units).toEqual(reference.units);
    }
  });

  it('refuses to replace an existing project unless --force', async () => {
    const first = await cli(['import', fixturePath(SAMPLE), '-o', 'p.duizhao']);
    const path = join(first.cwd, 'p.duizhao');
    const before = readFileSync(path, 'utf8');
    const again = await cli(['import', fixturePath(SAMPLE), '-o', 'p.duizhao'], first.cwd);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect((await cli(['import', fixturePath(SAMPLE), '-o', 'p.duizhao', '--force'], first.cwd)).code).toBe(0);
  });

  it('refuses a PNG, an empty file and a missing file with a clear message, writing nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    writeFileSync(join(cwd, 'image.txt'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
    writeFileSync(join(cwd, 'empty.txt'), '');
    const png = await cli(['import', 'image.txt'], cwd);
    expect(png).toMatchObject({ code: 1 });
    expect(png.err).toBe('duizhao: This is not a text file (it looks like PNG data). Import a .txt or .html report.');
    const empty = await cli(['import', 'empty.txt'], cwd);
    expect(empty).toMatchObject({ code: 1 });
    expect(empty.err).toContain('The file is empty');
    const missing = await cli(['import', 'nope.txt'], cwd);
    expect(missing.code).toBe(1);
    expect(readdirSync(cwd).sort()).toEqual(['empty.txt', 'image.txt']);
    expect(existsSync(join(cwd, 'image.duizhao'))).toBe(false);
  });

  it('explains usage and unknown commands with exit status 2', async () => {
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command');
    expect((await cli(['info', '--bogus'])).code).toBe(2);
    expect((await cli(['import', '--help'])).out).toContain('Usage: duizhao import');
  });
});

describe('duizhao terms', () => {
  const STARTER = fixturePath('../../assets/glossary/starter.duizhao-glossary');

  it('finds the sample\'s code terms exactly once each, "3+2" in its scraped form, none inside a longer number', async () => {
    const { code, out } = await cli(['terms', fixturePath(SAMPLE), '--glossary', STARTER, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { occurrences: Array<{ term: string; text: string; unitId: string; start: number; end: number; kind: string; side: string }> };
    for (const [term, text] of [
      ['33618', '33618'],
      ['885', '885'],
      ['15643', '15643'],
      ['135', '135'],
      ['3+2', '3 2'],
    ]) {
      const found = result.occurrences.filter((o) => o.term === term);
      expect(found, term).toHaveLength(1);
      expect(found[0]).toMatchObject({ text, kind: 'auto', side: 'source' });
    }
    const source = JSON.parse((await cli(['info', fixturePath(SAMPLE), '--json'])).out) as ProjectDescription;
    for (const o of result.occurrences) {
      const unit = source.units.find((u) => u.id === o.unitId);
      expect(unit?.source.slice(o.start, o.end)).toBe(o.text);
      // No code term inside a longer number: the characters around a match are not digits.
      if (/^\d/.test(o.text)) expect(`${unit?.source[o.start - 1] ?? ''}${unit?.source[o.end] ?? ''}`).not.toMatch(/\d/);
    }
  });

  it('uses the glossaries a project links (stored relative to it) and reports terminology findings', async () => {
    const { cwd } = await cli(['import', fixturePath(SAMPLE), '-o', 'p.duizhao']);
    const path = join(cwd, 'p.duizhao');
    const project = JSON.parse(readFileSync(path, 'utf8')) as { glossaries: string[]; doc: { content: Array<{ attrs: Record<string, unknown>; content: unknown[] }> } };
    writeFileSync(join(cwd, 'mine.duizhao-glossary'), readFileSync(STARTER));
    project.glossaries = ['mine.duizhao-glossary'];
    const unit = project.doc.content.find((u) => u.attrs['id'] === 'u9');
    if (!unit) throw new Error('u9');
    unit.attrs['status'] = 'draft';
    unit.content[1] = { type: 'target', content: [{ type: 'text', text: 'We firmly supported the two affirmations and the Two Upholds.' }] };
    writeFileSync(path, JSON.stringify(project));
    const { code, out } = await cli(['terms', 'p.duizhao', '--json'], cwd);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { glossaries: Array<{ path: string }>; findings: Array<{ unitId: string; code: string; entryId: string }> };
    expect(result.glossaries.map((g) => g.path)).toEqual([join(cwd, 'mine.duizhao-glossary')]);
    expect(result.findings).toEqual(expect.arrayContaining([expect.objectContaining({ unitId: 'u9', code: 'term.missing', entryId: 'two-establishments' })]));
    expect(result.findings.some((f) => f.entryId === 'two-upholds')).toBe(false);
  });

  it('refuses a missing or malformed glossary with a clear message', async () => {
    const missing = await cli(['terms', fixturePath(SAMPLE), '--glossary', 'nope.duizhao-glossary']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.duizhao-glossary');
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    writeFileSync(join(cwd, 'bad.csv'), 'a,b\n,c\n');
    const bad = await cli(['terms', fixturePath(SAMPLE), '--glossary', 'bad.csv'], cwd);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Line 2 has no Chinese term');
  });
});

describe('duizhao export', () => {
  it('writes the sample as a PDF in each layout, and refuses a bad option or a missing Chromium', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    for (const layout of ['side-by-side', 'interleaved', 'english']) {
      const result = await cli(['export', fixturePath(SAMPLE), '--pdf', `${layout}.pdf`, '--layout', layout, '--paper', 'letter'], cwd);
      expect(result.code, result.err).toBe(0);
      const pdf = readFileSync(join(cwd, `${layout}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await cli(['export', fixturePath(SAMPLE), '--pdf', 'x.pdf', '--layout', 'sideways'], cwd)).code).toBe(2);
    const saved = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = join(cwd, 'no-such-chromium');
    try {
      const none = await cli(['export', fixturePath(SAMPLE), '--pdf', 'none.pdf'], cwd);
      expect(none.code).toBe(1);
      expect(none.err).toContain('No Chromium was found');
      expect(existsSync(join(cwd, 'none.pdf'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
    }
  }, 90_000);
});

describe('duizhao qa', () => {
  /** A project of the acceptance examples, with the English given per unit. */
  async function project(english: readonly string[], glossaries?: readonly string[]): Promise<{ cwd: string; path: string }> {
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-qa-'));
    writeFileSync(join(cwd, 'r.txt'), '标题\n\n全年增长6.7%(达到985.2亿元)。\n\n实际利用外资5218万美元。\n\n人均可支配收入达到5.1万元。\n\n地区生产总值增长4.8%。\n');
    await cli(['import', 'r.txt', '-o', 'p.duizhao'], cwd);
    const path = join(cwd, 'p.duizhao');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { glossaries?: readonly string[]; doc: { content: Array<{ attrs: Record<string, unknown>; content: unknown[] }> } };
    if (glossaries) file.glossaries = glossaries;
    english.forEach((text, i) => {
      const unit = file.doc.content[i + 1];
      if (!unit) return;
      unit.attrs['status'] = 'translated';
      unit.content[1] = { type: 'target', content: [{ type: 'text', text }] };
    });
    writeFileSync(path, JSON.stringify(file));
    return { cwd, path };
  }
  const correct = [
    'The annual growth was 6.7 percent, reaching 98.52 billion yuan.',
    'Foreign capital actually utilised was 52.18 million US dollars.',
    'Per capita disposable income reached 51,000 yuan.',
    'Gross regional product grew by 4.8 percent.',
  ];

  it('reports 985.2亿元 as "985.2 billion yuan" as a scale error on the right spans, with exit status 1', async () => {
    const { cwd } = await project(['The annual growth was 6.7 percent, reaching 985.2 billion yuan.', ...correct.slice(1)]);
    const result = await cli(['qa', 'p.duizhao', '--json'], cwd);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { findings: Array<{ unitId: string; code: string; check: string; severity: string; source: { start: number; end: number }; target: { start: number; end: number }; message: string }> };
    const numbers = report.findings.filter((f) => f.check === 'numbers' && f.severity !== 'info');
    expect(numbers).toHaveLength(1);
    const [scale] = numbers;
    expect(scale).toMatchObject({ unitId: 'u2', code: 'qa.number.scale', severity: 'error' });
    expect('全年增长6.7%(达到985.2亿元)。'.slice(scale?.source.start, scale?.source.end)).toBe('985.2亿元');
    expect('The annual growth was 6.7 percent, reaching 985.2 billion yuan.'.slice(scale?.target.start, scale?.target.end)).toBe('985.2 billion yuan');
    expect(scale?.message).toBe('985.2亿元 is 98.52 billion; the English says 985.2 billion yuan (985.2 billion): off by a factor of 10.');
  });

  it('passes 98.52 billion yuan, 52.18 million US dollars, 51,000 yuan and 4.8 percent, with exit status 0', async () => {
    const { cwd } = await project(correct);
    const result = await cli(['qa', 'p.duizhao', '--json'], cwd);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { findings: Array<{ check: string; unitId: string }> };
    expect(report.findings.filter((f) => f.check === 'numbers')).toEqual([]);
  });

  it('counts the English words beside the Chinese characters in info', async () => {
    const { cwd } = await project(correct);
    const info = JSON.parse((await cli(['info', 'p.duizhao', '--json'], cwd)).out) as ProjectDescription;
    expect(info.totals.englishWords).toBe(10 + 9 + 7 + 7);
    expect((await cli(['info', 'p.duizhao'], cwd)).out).toContain('33 English words.');
  });

  it('names the other paragraph of a consistency finding by its number, and says when a linked glossary cannot be read', async () => {
    const same = 'Gross regional product grew by 4.8 percent.';
    const { cwd } = await project([...correct.slice(0, 2), same, same], ['gone.duizhao-glossary']);
    const result = await cli(['qa', 'p.duizhao', '--json'], cwd);
    const report = JSON.parse(result.out) as { findings: Array<{ code: string; message: string }> };
    expect(report.findings.find((f) => f.code === 'qa.inconsistentSource')?.message).toBe('The same English translates different Chinese in ¶ 4.');
    expect(result.err).toContain('gone.duizhao-glossary could not be read');
  });

  it('refuses an empty or binary project with a whole sentence and exit status 1', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-qa-'));
    writeFileSync(join(cwd, 'empty.duizhao'), '');
    writeFileSync(join(cwd, 'png.duizhao'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    for (const name of ['empty.duizhao', 'png.duizhao']) {
      const result = await cli(['qa', name], cwd);
      expect(result.code).toBe(1);
      expect(result.err).toBe('duizhao: This is not a Duizhao project: the file is not valid JSON. It was left unchanged.');
    }
  });
});
