import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, NATIONAL, SAMPLE } from '../../test/corpus.js';
import { xmllint } from '../../test/xmllint.js';
import { runCliForTest } from '../../test/runCliForTest.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'duizhao-tm-cli-'));

const cli = runCliForTest;

describe('duizhao tm', () => {
  it('imports GR2021 into the user memory once, and says what it holds', async () => {
    const [cwd, data] = [temp(), temp()];
    const first = await cli(['tm', 'import', fixturePath('parallel/GR2021_zh-CN_en-US.tmx'), '--json'], cwd, data);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.out) as { added: number; duplicates: number; total: number; sourceLang: string; targetLang: string };
    expect(summary).toMatchObject({ sourceLang: 'zh-CN', targetLang: 'en-US' });
    expect(summary.added + summary.duplicates).toBe(654);
    const again = JSON.parse((await cli(['tm', 'import', fixturePath('parallel/GR2021_zh-CN_en-US.tmx'), '--json'], cwd, data)).out) as typeof summary;
    expect(again).toMatchObject({ added: 0, total: summary.total });
    const info = JSON.parse((await cli(['tm', 'info', '--json'], cwd, data)).out) as { units: number; imports: unknown[] };
    expect(info).toMatchObject({ units: summary.total });
    expect(info.imports).toHaveLength(2);
    const out = join(cwd, 'memory.tmx');
    expect((await cli(['tm', 'export', out], cwd, data)).code).toBe(0);
    xmllint(readFileSync(out, 'utf8'), ['--dtdvalid', fixturePath('schemas/tmx/tmx14.dtd')]);
  });

  it('asks for the pair of a TMX without Chinese, refuses a billion-laughs file, and leaves the memory as it was', async () => {
    const [cwd, data] = [temp(), temp()];
    const lisa = fixturePath('tmx/LISA_TMXComplianceKit_ImportTest2A_tmx14_utf16le.tmx');
    const refused = await cli(['tm', 'import', lisa], cwd, data);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('en-us, fr-ca');
    expect((await cli(['tm', 'import', lisa, '--source', 'en-us', '--target', 'fr-ca', '--json'], cwd, data)).out).toContain('"added": 7');
    writeFileSync(join(cwd, 'laughs.tmx'), '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>&b;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>');
    const before = readFileSync(join(data, 'memory.duizhao-tm'), 'utf8');
    const laughs = await cli(['tm', 'import', 'laughs.tmx'], cwd, data);
    expect(laughs.code).toBe(1);
    expect(laughs.err).toMatch(/not well-formed|malformed|entity/i);
    expect(readFileSync(join(data, 'memory.duizhao-tm'), 'utf8')).toBe(before);
  });
});

describe('duizhao pretranslate, export --xliff/--tmx, merge', () => {
  it('pre-translates the 2024 national report from GR2021 and says how many paragraphs it filled', async () => {
    const [cwd, data] = [temp(), temp()];
    await cli(['import', fixturePath(NATIONAL), '-o', 'national.duizhao'], cwd, data);
    const result = await cli(['pretranslate', 'national.duizhao', '--tm', fixturePath('parallel/GR2021_zh-CN_en-US.tmx'), '--json'], cwd, data);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.out) as { filled: number; untranslated: number };
    expect(summary.filled).toBeGreaterThanOrEqual(5);
    const info = JSON.parse((await cli(['info', 'national.duizhao', '--json'], cwd, data)).out) as { units: Array<{ status: string; target: string }> };
    expect(info.units.filter((u) => u.status === 'draft' && u.target)).toHaveLength(summary.filled);
    expect(info.units[0]).toMatchObject({ target: 'REPORT ON THE WORK OF THE GOVERNMENT', status: 'draft' });
  });

  it('exports XLIFF 2.0 and TMX that validate, merges the XLIFF into a fresh copy, and refuses one made for another report', async () => {
    const [cwd, data] = [temp(), temp()];
    await cli(['import', fixturePath(NATIONAL), '-o', 'national.duizhao'], cwd, data);
    await cli(['pretranslate', 'national.duizhao', '--tm', fixturePath('parallel/GR2021_zh-CN_en-US.tmx')], cwd, data);
    const exported = await cli(['export', 'national.duizhao', '--xliff', 'national.xlf', '--tmx', 'national.tmx'], cwd, data);
    expect(exported.code).toBe(0);
    xmllint(readFileSync(join(cwd, 'national.xlf'), 'utf8'), ['--schema', fixturePath('schemas/xliff20/xliff_core_2.0.xsd')]);
    xmllint(readFileSync(join(cwd, 'national.tmx'), 'utf8'), ['--dtdvalid', fixturePath('schemas/tmx/tmx14.dtd')]);

    await cli(['import', fixturePath(NATIONAL), '-o', 'fresh.duizhao'], cwd, data);
    const merged = await cli(['merge', 'fresh.duizhao', 'national.xlf', '--json'], cwd, data);
    expect(merged.code).toBe(0);
    const units = (name: string) => (JSON.parse(readFileSync(join(cwd, name), 'utf8')) as { doc: { content: Array<{ attrs: { status: string }; content: unknown[] }> } }).doc.content.map((u) => [u.attrs.status, u.content[1]]);
    expect(units('fresh.duizhao')).toEqual(units('national.duizhao'));

    await cli(['import', fixturePath(SAMPLE), '-o', 'nanan.duizhao'], cwd, data);
    const before = readFileSync(join(cwd, 'nanan.duizhao'));
    const foreign = await cli(['merge', 'nanan.duizhao', 'national.xlf'], cwd, data);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toContain('another source file');
    expect(readFileSync(join(cwd, 'nanan.duizhao')).equals(before)).toBe(true);
  });
});

describe('duizhao analyse', () => {
  it('counts the national report by match band against GR2021, every character once', async () => {
    const [cwd, data] = [temp(), temp()];
    await cli(['import', fixturePath(NATIONAL), '-o', 'national.duizhao'], cwd, data);
    const result = await cli(['analyse', 'national.duizhao', '--tm', fixturePath('parallel/GR2021_zh-CN_en-US.tmx'), '--json'], cwd, data);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.out) as { bands: Array<{ band: string; sentences: number; characters: number }>; total: { sentences: number; characters: number }; memories: number[] };
    const bands = Object.fromEntries(analysis.bands.map((b) => [b.band, b]));
    expect(bands['100']?.sentences).toBeGreaterThanOrEqual(10);
    expect(bands['none']?.sentences).toBeGreaterThan(analysis.total.sentences / 2);
    expect(analysis.bands.reduce((n, b) => n + b.sentences, 0)).toBe(analysis.total.sentences);
    const info = JSON.parse((await cli(['info', 'national.duizhao', '--json'], cwd, data)).out) as { totals: { charsTotal: number } };
    expect(analysis.total.characters).toBe(info.totals.charsTotal);
    expect(analysis.memories[1]).toBe(654);
    const table = await cli(['analyse', 'national.duizhao', '--tm', fixturePath('parallel/GR2021_zh-CN_en-US.tmx'), '--no-user-memory'], cwd, data);
    expect(table.out).toMatch(/Repetitions[\s\S]*100%[\s\S]*95–99%[\s\S]*No match[\s\S]*Total\s+\d+\s+\d+\s+100\.0%/);
  });

  it('refuses a missing project or a memory file that is not one, with a message', async () => {
    const [cwd, data] = [temp(), temp()];
    expect((await cli(['analyse'], cwd, data)).code).toBe(2);
    const missing = await cli(['analyse', 'nothing.duizhao'], cwd, data);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nothing.duizhao');
    await cli(['import', fixturePath(SAMPLE), '-o', 'sample.duizhao'], cwd, data);
    writeFileSync(join(cwd, 'bad.tmx'), 'not a memory');
    const bad = await cli(['analyse', 'sample.duizhao', '--tm', 'bad.tmx'], cwd, data);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.tmx|TMX|XML/i);
  });
});
