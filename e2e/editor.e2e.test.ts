import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeProjectFile } from '../src/document/projectFile.js';
import { syntheticProject } from '../test/synthetic.js';
import { chooseFromWorkspace, hasCaret, openApp, saveInWorkspace, selectInSource, startWebMode, tempDirs, useBrowser } from './harness.js';

const browser = useBrowser();

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>
<tu><tuv xml:lang="zh-CN"><seg>重庆市南岸区人民政府工作报告</seg></tuv><tuv xml:lang="en"><seg>Report on the Work of the Nan'an District Government</seg></tuv></tu>
</body></tmx>`;

const row = (page: Page, id: string): Locator => page.locator(`.unit-row[data-unit-id="${id}"]`);
/** Waits until the editor's own selection is in a row (its `data-active`), not only the browser's, before keys act on it. */
const caretIn = (page: Page, id: string): Promise<void> => expect.poll(() => row(page, id).getAttribute('data-active')).toBe('true');
const english = (page: Page, n: number): Locator => page.getByRole('textbox', { name: `English translation of paragraph ${n}`, exact: true });

describe('the one-document editor', () => {
  it('undoes a merge, a note deletion, a note, a pre-translation and typing, one step each, across paragraphs', async () => {
    const server = await startWebMode(tempDirs());
    try {
      const page = await openApp(browser(), server, { acceptDialogs: true });
      await page.getByLabel('TMX or XLIFF file to import into your memory').setInputFiles({ name: 'memory.tmx', mimeType: 'application/xml', buffer: Buffer.from(TMX) });
      await page.locator('.notice', { hasText: 'memory.tmx: 1 units added to your memory' }).waitFor();

      // 1. Typing in paragraph 5.
      await english(page, 5).click();
      await page.keyboard.type('Fellow deputies,');
      // 2. Pre-translation fills the title.
      await page.getByRole('button', { name: 'Memory', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Pre-translate from memory' }).click();
      await page.getByRole('dialog', { name: 'Pre-translate from memory' }).getByRole('button', { name: 'Fill 1 paragraph' }).click();
      const title = "Report on the Work of the Nan'an District Government";
      await expect.poll(() => english(page, 1).textContent()).toBe(title);
      // 3. A note on the Chinese of paragraph 6, 4. deleted again.
      await selectInSource(page, 'u6', '2023年');
      await page.keyboard.press('Control+Alt+m');
      const noteDialog = page.getByRole('dialog', { name: "Add a translator's note" });
      await noteDialog.getByLabel('Note').fill('The calendar year.');
      await noteDialog.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => row(page, 'u6').locator('.note-anchor').count()).toBe(1);
      await page.getByRole('tab', { name: /Notes/ }).click();
      await page.locator('.note-list').getByRole('button', { name: 'Delete note' }).click();
      await expect.poll(() => row(page, 'u6').locator('.note-anchor').count()).toBe(0);
      await expect.poll(() => page.locator('.note-list li').count()).toBe(0);
      // 5. An XLIFF merged back with another English for the title.
      await page.getByRole('button', { name: 'Memory', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Export XLIFF 2.0 for another tool…' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog', { name: 'Before you export' }).getByRole('button', { name: 'Export anyway' }).click()]);
      const xliff = readFileSync((await download.path()) as string, 'utf8');
      const merged = xliff.replace("Report on the Work of the Nan'an District Government", 'Government Work Report of Nan’an District').replace('Report on the Work of the Nan&apos;an District Government', 'Government Work Report of Nan’an District');
      expect(merged).not.toBe(xliff);
      await page.getByLabel('Translated XLIFF file to merge into the project').setInputFiles({ name: 'back.xlf', mimeType: 'application/xml', buffer: Buffer.from(merged) });
      await page.locator('.notice', { hasText: 'back.xlf merged' }).waitFor();
      await expect.poll(() => english(page, 1).textContent()).toBe('Government Work Report of Nan’an District');

      // One undo each, from the English of paragraph 5: the history covers the whole report.
      await english(page, 5).click();
      await caretIn(page, 'u5');
      await page.keyboard.press('Control+z');
      await expect.poll(() => english(page, 1).textContent()).toBe(title);
      await page.keyboard.press('Control+z');
      await expect.poll(() => row(page, 'u6').locator('.note-anchor').textContent()).toBe('2023年');
      await expect.poll(() => page.locator('.note-list').textContent()).toContain('The calendar year.');
      await page.keyboard.press('Control+z');
      await expect.poll(() => row(page, 'u6').locator('.note-anchor').count()).toBe(0);
      await expect.poll(() => page.locator('.note-list li').count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(() => english(page, 1).textContent()).toBe('');
      expect(await row(page, 'u1').locator('.tm-badge').count()).toBe(0);
      expect(await english(page, 5).textContent()).toBe('Fellow deputies,');
      await page.keyboard.press('Control+z');
      await expect.poll(() => english(page, 5).textContent()).toBe('');
      // And forward again.
      for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => english(page, 1).textContent()).toBe('Government Work Report of Nan’an District');
      await expect.poll(() => english(page, 5).textContent()).toBe('Fellow deputies,');
      await expect.poll(() => page.locator('.note-list li').count()).toBe(0);
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('keeps one editor and the same rows after twenty jumps through 2,000 paragraphs by the scroll bar', async () => {
    const dirs = tempDirs();
    mkdirSync(dirs.workspace, { recursive: true });
    const path = join(dirs.workspace, 'long.duizhao');
    writeFileSync(path, serializeProjectFile(syntheticProject(2000)));
    const server = await startWebMode({ ...dirs, args: [path] });
    try {
      const page = await openApp(browser(), server);
      await expect.poll(() => page.locator('.unit-row').count()).toBe(2000);
      // Live editors (ProseMirror views) and every element of the page, after load and after the jumps.
      const census = (): Promise<{ editors: number; rows: number; elements: number }> =>
        page.evaluate(() => ({
          editors: document.querySelectorAll('.ProseMirror').length,
          rows: document.querySelectorAll('.unit-row').length,
          elements: document.getElementsByTagName('*').length,
        }));
      await page.waitForTimeout(500);
      const loaded = await census();
      expect(loaded.editors).toBe(1);
      const pane = page.locator('.rows-pane');
      for (let jump = 1; jump <= 20; jump++) {
        await pane.evaluate((el, k) => {
          el.scrollTop = (el.scrollHeight - el.clientHeight) * (k / 20);
        }, jump);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }
      const bottom = await census();
      await pane.evaluate((el) => {
        el.scrollTop = 0;
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const top = await census();
      for (const after of [bottom, top]) {
        expect(after.editors).toBe(1);
        expect(after.rows).toBe(2000);
        // Term highlights may arrive in idle time; nothing else may grow.
        expect(after.elements).toBeLessThanOrEqual(loaded.elements + 200);
      }
      // The last paragraph is there and editable after the jumps.
      await english(page, 1999).click();
      await page.keyboard.type('Near the end');
      await expect.poll(() => english(page, 1999).textContent()).toContain('Near the end');
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('corrects what import detected from the row menu and the keyboard, undoably, and keeps it through save and reopen', async () => {
    const dirs = tempDirs();
    let server = await startWebMode(dirs);
    try {
      let page = await openApp(browser(), server);
      // The sample's trailing web-page text shows why it was excluded.
      const chrome = page.locator('.unit-row.excluded').first();
      await expect.poll(() => chrome.locator('.excluded-badge').getAttribute('title')).toMatch(/^Excluded as page chrome: /);

      // Row menu of paragraph 3: everything above excluded.
      await row(page, 'u3').getByRole('button', { name: 'Actions for paragraph 3' }).click();
      await page.getByRole('menuitem', { name: 'Exclude everything above this row' }).click();
      await expect.poll(() => row(page, 'u1').getAttribute('class')).toContain('excluded');
      await expect.poll(() => row(page, 'u2').getAttribute('class')).toContain('excluded');
      await page.getByRole('status').filter({ hasText: 'Excluded 2 rows above.' }).waitFor();
      // Undo from the keyboard brings them back; redo excludes them again.
      await english(page, 4).click();
      await caretIn(page, 'u4');
      await page.keyboard.press('Control+z');
      await expect.poll(() => row(page, 'u1').getAttribute('class')).not.toContain('excluded');
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => row(page, 'u1').getAttribute('class')).toContain('excluded');

      // Keyboard: this paragraph (4) is the title; everything below paragraph 12 excluded.
      await english(page, 4).click();
      await caretIn(page, 'u4');
      await page.keyboard.press('Control+Alt+1');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(await row(page, 'u4').locator('.source-view').textContent());
      await expect.poll(() => row(page, 'u4').getAttribute('class')).toContain('kind-title');
      await english(page, 12).click();
      await caretIn(page, 'u12');
      await page.keyboard.press('Control+Alt+End');
      await expect.poll(() => row(page, 'u13').getAttribute('class')).toContain('excluded');
      await expect.poll(() => row(page, 'u12').getAttribute('class')).not.toContain('excluded');
      await expect.poll(() => page.getByTestId('progress-units').textContent()).toBe('0 / 10 paragraphs');
      const rowsAfter = await page.evaluate(() => [...document.querySelectorAll('.unit-row')].map((r) => r.className));

      await saveInWorkspace(page, 'corrected');
      await page.close();
      await server.stop();
      server = await startWebMode(dirs);
      page = await openApp(browser(), server);
      await chooseFromWorkspace(page, 'corrected.duizhao');
      await page.getByRole('status').filter({ hasText: 'Opened corrected.duizhao' }).waitFor();
      await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.unit-row')].map((r) => r.className))).toEqual(rowsAfter);
      await expect.poll(() => page.getByTestId('progress-units').textContent()).toBe('0 / 10 paragraphs');
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('edits in the live cell: the English with the caret is the one editable element, and arrows, Shift+arrows and the mouse still cross rows', async () => {
    const server = await startWebMode(tempDirs());
    try {
      const page = await openApp(browser(), server);
      /** The English cells that are editing hosts of their own (aria labels), and whether the focused element is the one. */
      const live = (): Promise<{ cells: string[]; focused: boolean }> =>
        page.evaluate(() => {
          const cells = [...document.querySelectorAll<HTMLElement>('.ProseMirror [contenteditable="true"]')].filter((el) => el.parentElement?.closest('[contenteditable]')?.getAttribute('contenteditable') === 'false');
          return { cells: cells.map((el) => el.getAttribute('aria-label') ?? ''), focused: cells.length === 1 && document.activeElement === cells[0] };
        });
      await english(page, 5).click();
      await caretIn(page, 'u5');
      await expect.poll(live).toEqual({ cells: ['English translation of paragraph 5'], focused: true });
      await page.keyboard.type('Fellow deputies');
      await expect.poll(() => english(page, 5).textContent()).toBe('Fellow deputies');

      // The arrows move the caret out of the cell, and the next cell the caret rests in is live.
      await page.keyboard.press('ArrowDown');
      await caretIn(page, 'u6');
      await expect.poll(live).toEqual({ cells: ['English translation of paragraph 6'], focused: true });
      await page.keyboard.type('Six');
      await expect.poll(() => english(page, 6).textContent()).toBe('Six');
      await page.keyboard.press('ArrowUp');
      await caretIn(page, 'u5');
      await expect.poll(live).toEqual({ cells: ['English translation of paragraph 5'], focused: true });

      // Shift+arrows select across rows: no cell is live while the selection spans two.
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowDown');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('Six');
      await expect.poll(live).toEqual({ cells: [], focused: false });
      expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);

      // A click puts the caret in another row's English, which becomes live; a drag selects across rows.
      await english(page, 7).click();
      await caretIn(page, 'u7');
      await expect.poll(live).toEqual({ cells: ['English translation of paragraph 7'], focused: true });
      const from = await english(page, 5).boundingBox();
      const to = await english(page, 6).boundingBox();
      if (!from || !to) throw new Error('rows not laid out');
      // From the start of paragraph 5's first line to the end of paragraph 6's.
      await page.mouse.move(from.x + 1, from.y + 8);
      await page.mouse.down();
      await page.mouse.move(to.x + to.width - 2, to.y + 8, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toMatch(/Fellow deputies[\s\S]*Six/);
      await expect.poll(live).toEqual({ cells: [], focused: false });

      // Focus elsewhere and back: the live cell takes it again, and typing lands.
      await english(page, 7).click();
      await page.getByRole('button', { name: 'Memory', exact: true }).focus();
      await expect.poll(() => page.evaluate(() => document.querySelector('.ProseMirror')?.classList.contains('ProseMirror-focused'))).toBe(false);
      await english(page, 7).click();
      await expect.poll(live).toEqual({ cells: ['English translation of paragraph 7'], focused: true });
      await expect.poll(() => page.evaluate(() => document.querySelector('.ProseMirror')?.classList.contains('ProseMirror-focused'))).toBe(true);
      await page.keyboard.type('Seven');
      await expect.poll(() => english(page, 7).textContent()).toBe('Seven');
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('tabs through a row’s controls and its English, then the next row’s, and back', async () => {
    const server = await startWebMode(tempDirs());
    try {
      const page = await openApp(browser(), server);
      const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.className ?? '');
      await english(page, 5).click();
      await caretIn(page, 'u5');
      await page.keyboard.press('Tab');
      await expect.poll(focused).toBe('Status of paragraph 6');
      await page.keyboard.press('Tab');
      await expect.poll(focused).toBe('Actions for paragraph 6');
      await page.keyboard.press('Tab');
      await caretIn(page, 'u6');
      await expect.poll(() => hasCaret(english(page, 6))).toBe(true);
      await page.keyboard.type('Six');
      await expect.poll(() => english(page, 6).textContent()).toBe('Six');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(focused).toBe('Actions for paragraph 6');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await caretIn(page, 'u5');
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
