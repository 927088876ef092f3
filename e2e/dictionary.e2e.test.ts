import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../src/glossary/glossaryFile.js';
import { createMemory, serializeMemory } from '../src/tm/memoryUnit.js';
import { openApp, selectInSource, startWebMode, tempDirs, useBrowser, useWebMode } from './harness.js';

const browser = useBrowser();

const sideTab = (page: Page, name: string) => page.getByRole('tab', { name });

describe('the dictionary card', () => {
  // Both tests only look (nothing typed, saved or added): one server for the two.
  const web = useWebMode({ browser });

  it('shows the CC-CEDICT entries, pinyin, glossary entry and licence for selected Chinese, and the words of a slogan', async () => {
    const page = await openApp(browser(), web.server());
    await sideTab(page, 'Dictionary').click();
    await expect.poll(() => page.locator('.side-content').textContent()).toContain('Select Chinese in the source');
    await expect.poll(() => page.locator('.side-content').textContent()).toContain('licensed CC BY-SA 4.0');

    await selectInSource(page, 'u8', '长江经济带');
    const card = page.getByRole('region', { name: 'Dictionary card for 长江经济带' });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('Yangtze River Economic Belt');
    await expect.poll(() => card.locator('.dict-query .dict-pinyin').textContent()).toBe('cháng jiāng jīng jì dài');
    expect(await card.getByRole('list', { name: 'Senses of 长江经济带' }).count()).toBe(1);
    // The starter glossary has the term: its entry is on the card.
    await expect.poll(() => card.locator('.term-details').first().textContent()).toContain('长江经济带');

    // A slogan the dictionary lacks as a whole: its words, and a way to add it to the glossary.
    await selectInSource(page, 'u9', '两个确立');
    const slogan = page.getByRole('region', { name: 'Dictionary card for 两个确立' });
    await slogan.waitFor();
    await expect.poll(() => slogan.textContent()).toContain('does not have “两个确立” as a whole');
    await expect.poll(() => slogan.textContent()).toContain('to establish');
    await page.close();
  });

  it('shows the pinyin of glossary terms, and the dictionary’s licence in About', async () => {
    const page = await openApp(browser(), web.server());
    await sideTab(page, 'Glossary').click();
    const item = page.getByRole('list', { name: 'Glossary entries' }).locator('li').filter({ hasText: '广阳湾智创生态城' });
    await expect.poll(() => item.locator('.term-pinyin').textContent()).toMatch(/^Pinyin: guǎngyáng ?wān zhì ?chuàng shēngtài ?chéng$/);
    await page.getByRole('button', { name: 'About', exact: true }).click();
    const about = page.getByRole('dialog', { name: 'About Duizhao' });
    await expect.poll(() => about.textContent()).toContain('Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)');
    await about.getByRole('button', { name: 'Close' }).click();
    await page.close();
  });
});

describe('term candidates', () => {
  it('lists the report’s candidates and adds one to the glossary in one step, with the memory’s rendering', async () => {
    const dirs = tempDirs();
    // The user's memory has the slogan, translated alike twice.
    mkdirSync(dirs.home, { recursive: true });
    const unit = (source: string, target: string) => ({ source, target, sourceLang: 'zh-CN', targetLang: 'en', origin: 'earlier.tmx' });
    writeFileSync(
      join(dirs.home, 'memory.duizhao-tm'),
      serializeMemory({ ...createMemory(), units: [unit('打好六大攻坚战。', 'We will win the six major battles.'), unit('六大攻坚战取得成效。', 'The six major battles paid off.'), unit('推进城市更新。', 'We pushed urban renewal.')] }),
    );
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(browser(), server, { acceptDialogs: true });
      await sideTab(page, 'Glossary').click();
      await page.getByRole('button', { name: 'Find term candidates…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Term candidates' });
      const list = dialog.getByRole('list', { name: 'Candidates' });
      await list.locator('li').first().waitFor();
      // The starter glossary's terms (885, 两个确立) are not candidates; the report's other codes and slogans are.
      const terms = await list.locator('.candidate-head .term-zh').allTextContents();
      expect(terms).not.toContain('885');
      expect(terms).toEqual(expect.arrayContaining(['学思想、强党性、重实践、建新功', '六大攻坚战', '智能网联新能源汽车基础设施示范区']));
      const item = list.locator('li').filter({ has: page.locator('.term-zh', { hasText: /^六大攻坚战$/ }) });
      await expect.poll(() => item.locator('.term-en').textContent()).toBe('From memory: six major battles');

      await dialog.getByLabel('Kind').selectOption('named');
      await expect.poll(async () => (await list.locator('.candidate-head .term-zh').allTextContents()).includes('六大攻坚战')).toBe(false);
      await dialog.getByLabel('Kind').selectOption('all');

      await item.getByRole('button', { name: 'Add 六大攻坚战 to the glossary' }).click();
      await expect.poll(() => item.getByRole('button', { name: /^Added/ }).isDisabled()).toBe(true);
      const parsed = parseGlossary(readFileSync(join(dirs.workspace, 'glossary.duizhao-glossary'), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error.code);
      expect(parsed.value.entries.find((e) => e.term === '六大攻坚战')).toMatchObject({ renderings: ['six major battles'], status: 'proposed', tags: ['candidate', 'numbered'] });
      await dialog.getByRole('button', { name: 'Close' }).click();
      // Recognised in the report at once, like any glossary term.
      await expect.poll(() => page.locator('.unit-row[data-unit-id="u10"] .term', { hasText: /^六大攻坚战$/ }).count()).toBe(1);
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
