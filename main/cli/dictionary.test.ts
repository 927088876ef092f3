import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGlossary } from '../../src/glossary/importGlossary.js';
import { fixturePath, SAMPLE } from '../../test/corpus.js';
import { runCli } from './index.js';

async function cli(args: string[], env: { cwd?: string; dataDir?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = env.cwd ?? mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
  const dataDir = env.dataDir ?? mkdtempSync(join(tmpdir(), 'duizhao-home-'));
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd, dataDir, now: () => new Date('2026-11-26T12:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n'), cwd };
}

describe('duizhao dict', () => {
  it('shows a word’s entries with pinyin and senses, simplified or traditional', async () => {
    const simplified = await cli(['dict', '中国']);
    expect(simplified.code).toBe(0);
    expect(simplified.out).toContain('中国 [中國]  Zhōng guó');
    expect(simplified.out).toMatch(/1\. China/);
    const traditional = await cli(['dict', '中國']);
    expect(traditional.out).toContain('中国 [中國]  Zhōng guó');
  });

  it('--json gives the lookup with the dictionary’s source and licence', async () => {
    const { code, out } = await cli(['dict', '一带一路', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { query: string; pinyin: string; found: boolean; entries: Array<{ pinyin: string; senses: string[] }>; source: { name: string; license: string } };
    expect(json).toMatchObject({ query: '一带一路', pinyin: 'yī dài yī lù', found: true, source: { name: 'CC-CEDICT', license: 'CC BY-SA 4.0' } });
    expect(json.entries[0]?.senses.join(' ')).toMatch(/Belt and Road/);
  });

  it('shows a phrase the dictionary lacks word by word', async () => {
    const { code, out } = await cli(['dict', '两个确立']);
    expect(code).toBe(0);
    expect(out).toContain('两个确立  liǎng gè què lì');
    expect(out).toContain('Not in the dictionary as a whole');
    expect(out).toContain('确立 [確立]  què lì');
  });

  it('exits 1 for text the dictionary has none of, 2 without a word; answers in Chinese when asked', async () => {
    const none = await cli(['dict', 'xyzzy']);
    expect(none.code).toBe(1);
    expect(none.err).toContain('not in the dictionary');
    const missing = await cli(['dict']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Usage: duizhao dict');
  });
});

describe('duizhao terms --extract', () => {
  it('ranks the sample’s candidates, leaving out the starter glossary’s terms', async () => {
    const { code, out } = await cli(['terms', '--extract', fixturePath(SAMPLE), '--json', '--no-user-memory']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { candidates: Array<{ term: string; kind: string; count: number; contexts: Array<{ unitId: string; start: number; end: number }> }>; known: number };
    const terms = json.candidates.map((c) => c.term);
    // The starter glossary has 885 and 33618: left out. The sample's other quoted codes and slogans come first.
    expect(terms).not.toContain('885');
    // It has 3+2 too, which the sample gives as scraped, “3 2”: the glossary matcher finds it, so it is known.
    expect(terms).not.toContain('3 2');
    expect(json.known).toBeGreaterThan(0);
    expect(terms.slice(0, 10)).toEqual(expect.arrayContaining(['学思想、强党性、重实践、建新功']));
    expect(terms).toEqual(expect.arrayContaining(['六大攻坚战', '广阳湾生物医药创新发展服务中心', '智能网联新能源汽车基础设施示范区']));
    expect(terms).not.toContain('广阳湾智创生态城');
    const first = json.candidates[0];
    expect(first?.contexts[0]?.end).toBeGreaterThan(first?.contexts[0]?.start ?? 0);
  });

  it('--glossary decides what is known; --tm gives renderings; --tbx writes a TBX the glossary import reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-extract-'));
    writeFileSync(join(dir, 'g.csv'), '六大攻坚战,six major battles\n');
    writeFileSync(join(dir, 'report.txt'), '推进“一带一路”建设，打好六大攻坚战。\n共建“一带一路”，推进“一带一路”合作。\n');
    const { code, out, err } = await cli(['terms', '--extract', 'report.txt', '--glossary', 'g.csv', '--tm', fixturePath('parallel/GR2021_zh-CN_en-US.tmx'), '--no-user-memory', '--tbx', 'out.tbx'], { cwd: dir });
    expect(code).toBe(0);
    expect(out).toMatch(/一带一路\s+×3.*→ Belt and Road/);
    expect(out.split('\n').filter((l) => /^\s*\d+\. /.test(l)).some((l) => l.includes('六大攻坚战'))).toBe(false);
    expect(err).toContain('out.tbx');
    let n = 0;
    const tbx = importGlossary('out.tbx', new Uint8Array(readFileSync(join(dir, 'out.tbx'))), {}, { makeId: () => `x${n++}`, now: '2026-11-26T12:00:00Z' });
    expect(tbx.ok).toBe(true);
    if (tbx.ok) expect(tbx.value.entries.find((e) => e.term === '一带一路')).toMatchObject({ renderings: ['Belt and Road'], status: 'proposed' });
  });

  it('refuses a missing report, a bad --max, and no file, changing nothing', async () => {
    expect((await cli(['terms', '--extract', 'nope.txt'])).code).toBe(1);
    expect((await cli(['terms', '--extract', fixturePath(SAMPLE), '--max', 'ten'])).code).toBe(2);
    expect((await cli(['terms', '--extract'])).code).toBe(2);
  });

  it('leaves `terms` without --extract as it was', async () => {
    const { code, out } = await cli(['terms', fixturePath(SAMPLE), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveProperty('occurrences');
  });
});
