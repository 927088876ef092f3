import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/buildDocument.js';
import { createProjectFile, serializeProjectFile } from '../src/document/projectFile.js';
import { chooseFromWorkspace, dialogWithFocus, openApp, startWebMode, tempDirs, useBrowser, type WebMode } from './harness.js';

const browser = useBrowser();

/** Fourteen sentences, one with a decimal point (5.2%, never a sentence end), one ending in ；. */
const SENTENCES = [
  '今年全市经济增长5.2%。', '城镇新增就业两万人。', '居民收入稳步提高！', '粮食产量保持稳定。', '生态环境持续改善；', '营商环境不断优化。', '科技创新能力增强。',
  '对外开放水平提升。', '社会事业全面进步。', '民生保障更加有力。', '城乡融合加快推进。', '文化事业繁荣发展。', '安全发展基础巩固。', '政府自身建设加强。',
];
const ENGLISH = ['The economy grew by 5.2%.', 'Twenty thousand urban jobs were added.', 'Incomes rose steadily!', 'Grain output held stable.'];

/** A project of the 14-sentence paragraph (u1), a one-sentence paragraph (u2), an empty one (u3) and an excluded one (u4). */
function writeProject(workspace: string): void {
  const rows = [SENTENCES.join(''), '第二段只有一句话。', '', '页面导航。两句。'];
  const doc = buildDocument(rows.map((text, i) => ({ text, kind: 'paragraph' as const, level: null, runIn: null, excluded: i === 3 ? ('user' as const) : null })));
  const at = '2026-12-06T00:00:00.000Z';
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'sentences.duizhao'), serializeProjectFile(createProjectFile(doc, { fileName: 'sentences.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: at }, at)));
}

const row = (page: Page, id: string): Locator => page.locator(`.unit-row[data-unit-id="${id}"]`);
const cells = (page: Page, id: string): Locator => row(page, id).locator('.segment-editor');
const cellTexts = (page: Page, id: string): Promise<string[]> => cells(page, id).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
const chars = (page: Page): Promise<string | null> => page.getByTestId('progress-chars').textContent();
/** The row's computed `content-visibility` (`auto` for a row in sentence mode). */
const contentVisibility = (page: Page, id: string): Promise<string> => row(page, id).evaluate((e) => getComputedStyle(e).contentVisibility);

async function open(page: Page): Promise<void> {
  await chooseFromWorkspace(page, 'sentences.duizhao');
  await page.getByRole('status').filter({ hasText: 'Opened sentences.duizhao' }).waitFor();
}

/** A web-mode server on a fresh workspace holding the project, the app opened on it; the server stops after `run`. */
async function withProject(run: (page: Page, server: WebMode) => Promise<void>): Promise<void> {
  const dirs = tempDirs();
  writeProject(dirs.workspace);
  const server = await startWebMode(dirs);
  try {
    const page = await openApp(browser(), server);
    await open(page);
    await run(page, server);
  } finally {
    await server.stop();
  }
}

describe('sentence mode', () => {
  it('works a 14-sentence paragraph sentence by sentence: 4 sentences confirmed count 4/14 of its characters; undo, save, reopen and back to paragraph mode lose nothing', async () => {
    await withProject(async (page, server) => {
      // 131 characters in the long paragraph, 9 in the second; the empty and the excluded ones count nothing.
      expect(await chars(page)).toBe('0 / 140 characters (0%)');

      await row(page, 'u1').locator('.target-editor').click();
      await page.keyboard.press('Control+Alt+s');
      await expect.poll(() => cells(page, 'u1').count()).toBe(14);
      // Each cell shows its Chinese sentence; the decimal point did not split the first.
      expect(await row(page, 'u1').locator('.segment-source').first().textContent()).toBe('今年全市经济增长5.2%。');
      expect(await row(page, 'u1').locator('.segment-number').nth(13).textContent()).toBe('14/14');
      // The row (some six elements a sentence) is laid out and painted only near the viewport; a paragraph-mode row is not.
      expect(await contentVisibility(page, 'u1')).toBe('auto');
      expect(await contentVisibility(page, 'u2')).toBe('visible');

      // Type four sentences, confirming each with Ctrl+Enter (the caret goes on to the next sentence).
      await cells(page, 'u1').first().click();
      // The first sentence's Chinese is marked as the caret's, in the page's colours (the style applies).
      await expect.poll(() => row(page, 'u1').locator('.cell-source .current-sentence').textContent()).toBe('今年全市经济增长5.2%。');
      expect(await row(page, 'u1').locator('.cell-source .current-sentence').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(253, 240, 196)');
      // React's commits while the caret is in the editor (the progress line below) do not read its
      // selection, which costs a walk of the whole report's DOM each time (window.getSelection is React's way in).
      await page.evaluate(() => {
        const w = window as unknown as { __selectionReads: number };
        w.__selectionReads = 0;
        const read = window.getSelection.bind(window);
        window.getSelection = () => (w.__selectionReads++, read());
    });
    for (const sentence of ENGLISH) {
      await page.keyboard.type(sentence);
      await page.keyboard.press('Control+Enter');
    }
    expect((await cellTexts(page, 'u1')).slice(0, 5)).toEqual([...ENGLISH, '']);
    // 13 + 10 + 9 + 9 = 41 of 140 characters: the four sentences' Chinese only.
    await expect.poll(() => chars(page)).toBe('41 / 140 characters (29%)');
    expect(await page.getByTestId('progress-units').textContent()).toBe('0 / 3 paragraphs');
    expect(await page.evaluate(() => (window as unknown as { __selectionReads: number }).__selectionReads)).toBe(0);
    expect(await row(page, 'u1').locator('.segment-cell.status-translated').count()).toBe(4);

    // Confirming the whole paragraph asks first; Escape changes nothing.
    await page.keyboard.type('Prose in progress');
    await page.keyboard.press('Control+Shift+Enter');
    const dialog = page.getByRole('dialog', { name: 'Confirm the paragraph?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('9 of its 14 sentences have no English');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Confirm the 5 sentences with English');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await chars(page)).toBe('41 / 140 characters (29%)');
    // Delete the fifth sentence's draft again (Ctrl+A selects that sentence's English only).
    await cells(page, 'u1').nth(4).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await cellTexts(page, 'u1'))[4]).toBe('');

    // Back to paragraph mode: the English joined, nothing lost; undo restores the sentences and their statuses.
    await page.keyboard.press('Control+Alt+s');
    await expect.poll(() => cells(page, 'u1').count()).toBe(0);
    expect(await row(page, 'u1').locator('.target-editor').textContent()).toBe(ENGLISH.join(' '));
    expect(await contentVisibility(page, 'u1')).toBe('visible');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cells(page, 'u1').count()).toBe(14);
    expect(await contentVisibility(page, 'u1')).toBe('auto');
    expect((await cellTexts(page, 'u1')).slice(0, 4)).toEqual(ENGLISH);
    await expect.poll(() => chars(page)).toBe('41 / 140 characters (29%)');

    // Saved and reopened: the sentences, their statuses and the progress are back.
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-state').filter({ hasText: 'Saved at' }).waitFor();
    await page.close();
    const again = await openApp(browser(), server);
    await open(again);
    await expect.poll(() => cells(again, 'u1').count()).toBe(14);
    expect(await cellTexts(again, 'u1')).toEqual([...ENGLISH, ...Array(10).fill('')]);
    expect(await contentVisibility(again, 'u1')).toBe('auto');
    expect(await chars(again)).toBe('41 / 140 characters (29%)');

    // The row menu switches back to paragraph mode: all the English is there.
    await row(again, 'u1').locator('.row-menu-button').click();
    await again.getByRole('menuitem', { name: /^Work as one paragraph/ }).click();
    await expect.poll(() => cells(again, 'u1').count()).toBe(0);
    expect(await row(again, 'u1').locator('.target-editor').textContent()).toBe(ENGLISH.join(' '));
    await again.close();
    });
  });

  it('leaves an empty or excluded paragraph as it is, and gives a one-sentence paragraph one cell', async () => {
    await withProject(async (page) => {
      await row(page, 'u3').locator('.target-editor').click();
      await page.keyboard.press('Control+Alt+s');
      await page.getByRole('status').filter({ hasText: 'cannot be worked sentence by sentence' }).waitFor();
      expect(await cells(page, 'u3').count()).toBe(0);

      // An excluded row's menu offers no switch of its own; the whole project's switch leaves it alone.
      await row(page, 'u4').locator('.row-menu-button').click();
      expect(await page.getByRole('menuitem', { name: /^Work sentence by sentence/ }).count()).toBe(0);
      await page.getByRole('menuitem', { name: /^All paragraphs sentence by sentence/ }).click();
      await page.getByRole('status').filter({ hasText: '2 paragraphs are now worked sentence by sentence' }).waitFor();
      expect(await cells(page, 'u1').count()).toBe(14);
      expect(await cells(page, 'u2').count()).toBe(1);
      expect(await cells(page, 'u4').count()).toBe(0);
      expect(await row(page, 'u4').locator('.target-editor').count()).toBe(1);

      // Confirming the one sentence confirms the paragraph: all its characters count.
      await cells(page, 'u2').first().click();
      await page.keyboard.type('The second paragraph has one sentence.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => chars(page)).toBe('9 / 140 characters (6%)');
      expect(await page.getByTestId('progress-units').textContent()).toBe('1 / 3 paragraphs');

      // Confirming a half-typed paragraph: the dialog's first choice (Enter) confirms the typed sentences only.
      await cells(page, 'u1').first().click();
      await page.keyboard.type('The economy grew by 5.2%.');
      await page.keyboard.press('Control+Shift+Enter');
      const dialog = page.getByRole('dialog', { name: 'Confirm the paragraph?' });
      await dialogWithFocus(dialog);
      expect(await dialog.textContent()).toContain('13 of its 14 sentences have no English');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => chars(page)).toBe('22 / 140 characters (15%)');
      expect(await row(page, 'u1').locator('.segment-cell.status-translated').count()).toBe(1);
      expect(await row(page, 'u1').locator('.status-select').inputValue()).toBe('draft');
      await page.close();
    });
  });
});
