import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, gr2021Pairs } from '../../test/corpus.js';
import { callServices } from '../../test/callServices.js';
import { runCliForTest } from '../../test/runCliForTest.js';
import { SpellChecker } from '../../src/spelling/spellCheck.js';
import { webServices } from '../../test/webServices.js';
import { loadSpellingDictionary } from './spellingDictionary.js';
import { USER_WORDS_FILE_NAME, UserWords } from './userWords.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'duizhao-spelling-'));

/** The English of the second evaluation set (not tuned on): the third column of its TSV. */
function eval2024English(): string[] {
  return readFileSync(fixturePath('parallel/eval2024_zh-CN_en.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[2] ?? '');
}

let checker: SpellChecker;
beforeAll(async () => {
  checker = new SpellChecker(await loadSpellingDictionary());
});

describe('spelling with the en-US dictionary', () => {
  it('flags few paragraphs of official English: GR2021 (tuned on) and the second evaluation set (not tuned on)', () => {
    const flagged = (texts: string[]): number => texts.filter((t) => checker.misspellings(t).length > 0).length / texts.length;
    expect(flagged(gr2021Pairs().map(([, en]) => en))).toBeLessThanOrEqual(0.01);
    expect(flagged(eval2024English())).toBeLessThanOrEqual(0.03);
  });

  it('catches a typo made in a word of official English (swapped, dropped or doubled letter), and suggests the word', () => {
    const english = gr2021Pairs().map(([, en]) => en);
    const typos: Array<{ text: string; word: string; typo: string }> = [];
    english.forEach((text, i) => {
      const word = [...text.matchAll(/\b[a-z]{7,}\b/g)].map((m) => m[0]).find((w) => checker.isCorrect(w));
      if (!word) return;
      const k = 2 + (i % (word.length - 4));
      const kinds = [word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2), word.slice(0, k) + word.slice(k + 1), word.slice(0, k) + word[k] + word.slice(k)];
      const typo = kinds[i % 3] as string;
      if (typo !== word) typos.push({ text: text.replace(word, typo), word, typo });
    });
    expect(typos.length).toBeGreaterThan(400);
    const caught = typos.filter((m) => checker.misspellings(m.text).some((x) => x.word === m.typo));
    // A typo that makes another word ("from" → "form") cannot be caught by a dictionary.
    expect(caught.length / typos.length).toBeGreaterThanOrEqual(0.95);
    const sample = caught.slice(0, 15);
    const suggested = sample.filter((m) => checker.suggestions(m.typo).includes(m.word));
    expect(suggested.length / sample.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the user’s own words', () => {
  it('adds, lists and removes words, keeps the file a word a line, and skips what is not a word', async () => {
    const dir = temp();
    const words = new UserWords(join(dir, USER_WORDS_FILE_NAME));
    expect(await words.read()).toEqual([]);
    expect(await words.add('Dezhuang')).toEqual(['Dezhuang']);
    expect(await words.add('hukou')).toEqual(['Dezhuang', 'hukou']);
    expect(await words.add('hukou')).toEqual(['Dezhuang', 'hukou']);
    expect(readFileSync(join(dir, USER_WORDS_FILE_NAME), 'utf8')).toBe('Dezhuang\nhukou\n');
    expect(await words.remove('Dezhuang')).toEqual(['hukou']);
    writeFileSync(join(dir, USER_WORDS_FILE_NAME), 'hukou\n\ntwo words\n<script>\nNan’an\n');
    expect(await words.read()).toEqual(['hukou', 'Nan’an']);
  });

  it('refuses what is not a word, with its code, and changes nothing', async () => {
    const dir = temp();
    const words = new UserWords(join(dir, USER_WORDS_FILE_NAME));
    await words.add('dibao');
    for (const bad of ['two words', '', '1990s', 'x'.repeat(65), '<b>']) await expect(words.add(bad)).rejects.toMatchObject({ code: 'spelling.notAWord' });
    expect(await words.read()).toEqual(['dibao']);
  });

  it('serves the dictionary and the words to the UI, and the command line accepts the words added there', async () => {
    const [home, workspace, cwd] = [temp(), temp(), temp()];
    const services = webServices(workspace, home);
    const served = await callServices(services.handlers, 'spelling.dictionary', {});
    expect(served.aff).toContain('SET UTF-8');
    expect(served.dic.length).toBeGreaterThan(400_000);
    expect(served.words).toEqual([]);
    await expect(callServices(services.handlers, 'spelling.addWord', { word: 'two words' })).rejects.toMatchObject({ code: 'spelling.notAWord' });

    writeFileSync(join(cwd, 'r.txt'), '标题\n\n推进户籍制度改革。\n\n新建城市公园十二个。\n');
    await runCliForTest(['import', 'r.txt', '-o', 'p.duizhao'], cwd, home);
    const path = join(cwd, 'p.duizhao');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { doc: { content: Array<{ attrs: Record<string, unknown>; content: unknown[] }> } };
    ['We will advance reform of the hukou system.', 'Twelve new city parks were biult.'].forEach((text, i) => {
      const unit = file.doc.content[i + 1] as { attrs: Record<string, unknown>; content: unknown[] };
      unit.attrs['status'] = 'translated';
      unit.content[1] = { type: 'target', content: [{ type: 'text', text }] };
    });
    writeFileSync(path, JSON.stringify(file));
    type Report = { findings: Array<{ code: string; check: string; severity: string; unitId: string; params: { word?: string }; message: string }> };
    const spelling = async (...args: string[]): Promise<Report['findings']> =>
      (JSON.parse((await runCliForTest(['qa', 'p.duizhao', '--json', ...args], cwd, home)).out) as Report).findings.filter((f) => f.check === 'spelling');
    expect((await spelling()).map((f) => [f.unitId, f.params.word, f.severity])).toEqual([
      ['u2', 'hukou', 'warning'],
      ['u3', 'biult', 'warning'],
    ]);
    expect((await spelling())[1]?.message).toBe('“biult” is not in the English (US) dictionary.');
    expect((await callServices(services.handlers, 'spelling.addWord', { word: 'hukou' })).words).toEqual(['hukou']);
    expect((await spelling()).map((f) => f.params.word)).toEqual(['biult']);
    expect(await spelling('--no-spelling')).toEqual([]);
  });
});
