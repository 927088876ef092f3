import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/buildDocument.js';
import { createProjectFile, serializeProjectFile } from '../src/document/projectFile.js';
import type { UnitKind } from '../src/document/unitAttrs.js';
import { syntheticProject } from '../test/synthetic.js';
import { chooseFromWorkspace, openApp, startWebMode, tempDirs, type WebMode, useBrowser } from './harness.js';

const browser = useBrowser();
let server: WebMode | null = null;
let dirs: { home: string; workspace: string };
beforeAll(async () => {
  dirs = tempDirs();
  mkdirSync(dirs.workspace, { recursive: true });
});
afterAll(async () => {
  await server?.stop();
});

/** One web-mode server for the file, restarted only to show what a reopened project keeps. */
async function restart(): Promise<WebMode> {
  await server?.stop();
  server = await startWebMode(dirs);
  return server;
}

/** A project in the workspace from rows of Chinese (kind paragraph unless named). */
function writeProject(name: string, rows: ReadonlyArray<string | { text: string; kind: UnitKind }>): void {
  const doc = buildDocument(rows.map((r) => (typeof r === 'string' ? { text: r, kind: 'paragraph' as const } : r)).map((r) => ({ ...r, level: null, runIn: null, excluded: null })));
  const file = createProjectFile(doc, { fileName: `${name}.txt`, sha256: 'a'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: '2026-12-06T00:00:00.000Z' }, '2026-12-06T00:00:00.000Z');
  writeFileSync(join(dirs.workspace, `${name}.duizhao`), serializeProjectFile(file));
}

async function open(name: string): Promise<Page> {
  const page = await openApp(browser(), server ?? (await restart()));
  await chooseFromWorkspace(page, `${name}.duizhao`);
  await page.getByRole('status').filter({ hasText: `Opened ${name}.duizhao` }).waitFor();
  return page;
}

const row = (page: Page, id: string): Locator => page.locator(`.unit-row[data-unit-id="${id}"]`);
const english = (page: Page, id: string): Locator => row(page, id).locator('.target-editor');
const source = (page: Page, id: string): Promise<string | null> => row(page, id).locator('.source-view').textContent();
const caretIn = (page: Page, id: string): Promise<void> => expect.poll(() => row(page, id).getAttribute('data-active')).toBe('true');
const ids = (page: Page): Promise<string[]> => page.evaluate(() => [...document.querySelectorAll('.unit-row')].map((r) => r.getAttribute('data-unit-id') ?? ''));

async function rowMenu(page: Page, id: string, item: string): Promise<void> {
  await row(page, id).scrollIntoViewIfNeeded();
  await row(page, id).locator('.row-menu-button').click();
  // A menu item's name is its label and its shortcut.
  await page.getByRole('menuitem', { name: new RegExp(`^${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
}

/** Puts the caret in a row's Chinese right after `text`, as a click there would. */
async function caretInSourceAfter(page: Page, id: string, text: string): Promise<void> {
  await row(page, id).scrollIntoViewIfNeeded();
  await row(page, id)
    .locator('.source-view')
    .evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let offset = 0;
      const at = root.textContent?.indexOf(wanted) ?? -1;
      const end = at + wanted.length;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        if (offset + data.length >= end) {
          (root.closest('.ProseMirror') as HTMLElement | null)?.focus();
          window.getSelection()?.setBaseAndExtent(n, end - offset, n, end - offset);
          return;
        }
        offset += data.length;
      }
    }, text);
  await caretIn(page, id);
}

const filler = Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作稳步推进。`);

describe('row tools', () => {
  it('changes a row kind, splits at the caret, merges, excludes selected rows; undo each; save and reopen', async () => {
    writeProject('structure', [
      { text: '重庆市政府工作报告', kind: 'title' },
      '各位代表：',
      '一、过去一年的工作',
      '过去一年，经济回升向好。就业形势稳定。',
      '（一）稳增长。',
      '措施有力。',
      '甲段。',
      '乙段。',
      '丙段。',
      ...filler,
    ]);
    await restart();
    let page = await open('structure');

    // Kind from the row menu, undone and redone from the keyboard.
    await rowMenu(page, 'u2', 'Row kind…');
    await page.getByRole('menuitem', { name: 'Salutation', exact: true }).click();
    await expect.poll(() => row(page, 'u2').getAttribute('class')).toContain('kind-salutation');
    await english(page, 'u3').click();
    await caretIn(page, 'u3');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(page, 'u2').getAttribute('class')).toContain('kind-paragraph');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => row(page, 'u2').getAttribute('class')).toContain('kind-salutation');
    await rowMenu(page, 'u3', 'Row kind…');
    await page.getByRole('menuitem', { name: 'Heading, level 1', exact: true }).click();
    await expect.poll(() => row(page, 'u3').getAttribute('class')).toMatch(/kind-heading.*level-1/);

    // Split where the caret is in the Chinese: the English stays with the first part.
    await english(page, 'u4').click();
    await page.keyboard.type('Last year the economy recovered.');
    await caretInSourceAfter(page, 'u4', '回升向好。');
    await page.keyboard.press('Control+Alt+Enter');
    await expect.poll(() => source(page, 'u40')).toBe('就业形势稳定。');
    expect(await source(page, 'u4')).toBe('过去一年，经济回升向好。');
    expect(await english(page, 'u4').textContent()).toBe('Last year the economy recovered.');
    expect((await ids(page)).slice(3, 6)).toEqual(['u4', 'u40', 'u5']);
    // The caret went to the new row's English; the rows after it are numbered on, in later chunks too.
    await caretIn(page, 'u40');
    await expect.poll(() => row(page, 'u5').locator('.unit-number').textContent()).toBe('6');
    await expect.poll(() => row(page, 'u30').locator('.unit-number').textContent()).toBe('31');
    await expect.poll(() => english(page, 'u30').getAttribute('aria-label')).toBe('English translation of paragraph 31');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(page, 'u40').count()).toBe(0);
    expect(await source(page, 'u4')).toBe('过去一年，经济回升向好。就业形势稳定。');
    await expect.poll(() => row(page, 'u5').locator('.unit-number').textContent()).toBe('5');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => source(page, 'u40')).toBe('就业形势稳定。');
    // A caret in the English is no place to split: the translator is told where.
    await english(page, 'u7').click();
    await caretIn(page, 'u7');
    await page.keyboard.press('Control+Alt+Enter');
    await page.getByRole('status').filter({ hasText: 'Put the caret in the Chinese' }).waitFor();

    // Merge from the row menu; undo; merge again from the keyboard.
    await rowMenu(page, 'u5', 'Merge with the next row');
    await expect.poll(() => source(page, 'u5')).toBe('（一）稳增长。措施有力。');
    expect(await row(page, 'u6').count()).toBe(0);
    await english(page, 'u5').click();
    await caretIn(page, 'u5');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(page, 'u6').count()).toBe(1);
    await english(page, 'u5').click();
    await caretIn(page, 'u5');
    await page.keyboard.press('Control+Alt+j');
    await expect.poll(() => row(page, 'u6').count()).toBe(0);

    // Several rows at once: a selection from paragraph u7's English to u9's (Shift+click), the context menu.
    await english(page, 'u7').click();
    await caretIn(page, 'u7');
    await english(page, 'u9').click({ modifiers: ['Shift'] });
    await english(page, 'u9').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Exclude the 3 selected rows' }).click();
    for (const id of ['u7', 'u8', 'u9']) await expect.poll(() => row(page, id).getAttribute('class')).toContain('excluded');
    await page.getByRole('status').filter({ hasText: 'Excluded 3 rows.' }).waitFor();
    await english(page, 'u10').click();
    await caretIn(page, 'u10');
    await page.keyboard.press('Control+z');
    for (const id of ['u7', 'u8', 'u9']) await expect.poll(() => row(page, id).getAttribute('class')).not.toContain('excluded');
    await page.keyboard.press('Control+Shift+z');
    for (const id of ['u7', 'u8', 'u9']) await expect.poll(() => row(page, id).getAttribute('class')).toContain('excluded');

    const before = await page.evaluate(() => [...document.querySelectorAll('.unit-row')].map((r) => [r.getAttribute('data-unit-id'), r.className.replace(/ ?status-\w+/, ''), r.querySelector('.source-view')?.textContent]));
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-state').filter({ hasText: 'Saved at' }).waitFor();
    await page.close();
    await restart();
    page = await open('structure');
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.unit-row')].map((r) => [r.getAttribute('data-unit-id'), r.className.replace(/ ?status-\w+/, ''), r.querySelector('.source-view')?.textContent]))).toEqual(before);
    expect(await english(page, 'u4').textContent()).toBe('Last year the economy recovered.');
    await page.close();
  });

  it('fills repetitions on confirming (offered, or by the setting), copies the Chinese, and locks rows; save and reopen', async () => {
    writeProject('repeats', ['规划编号33618。', '规划 编号33618。', '规划编号33618。', '另一段。', '规划编号33618。', '代码GB/T 7714-2015', '另一段。', '名称：长江', ...filler]);
    await restart();
    let page = await open('repeats');

    // The translator's own draft of one repetition is never overwritten.
    await english(page, 'u3').click();
    await page.keyboard.type('My own wording.');
    await english(page, 'u1').click();
    await page.keyboard.type('Plan No. 33618.');
    await page.keyboard.press('Control+Enter');
    const offer = page.locator('.repetition-offer');
    await offer.filter({ hasText: '2 other paragraphs have the same Chinese.' }).waitFor();
    await offer.getByRole('button', { name: 'Fill 2 repetitions' }).click();
    for (const id of ['u2', 'u5']) {
      await expect.poll(() => english(page, id).textContent()).toBe('Plan No. 33618.');
      await expect.poll(() => row(page, id).locator('.repetition-badge').count()).toBe(1);
      expect(await row(page, id).getAttribute('class')).toContain('status-draft');
    }
    expect(await english(page, 'u3').textContent()).toBe('My own wording.');
    // One undo step takes the fill back, the confirmation stays.
    await english(page, 'u4').click();
    await caretIn(page, 'u4');
    await page.keyboard.press('Control+z');
    await expect.poll(() => english(page, 'u2').textContent()).toBe('');
    expect(await row(page, 'u1').getAttribute('class')).toContain('status-translated');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => english(page, 'u5').textContent()).toBe('Plan No. 33618.');

    // The setting fills without asking, and is kept.
    await offer.getByLabel('Fill repetitions automatically').check();
    expect(await page.evaluate(() => localStorage.getItem('duizhao.repetitions.auto'))).toBe('true');
    await english(page, 'u4').click();
    await page.keyboard.type('Another paragraph.');
    await page.keyboard.press('Control+Enter');
    await offer.filter({ hasText: 'Filled 1 repetition as a draft' }).waitFor();
    await expect.poll(() => english(page, 'u7').textContent()).toBe('Another paragraph.');
    // An edit of a repetition drops its mark.
    await english(page, 'u7').click();
    await page.keyboard.type(' Edited');
    await expect.poll(() => row(page, 'u7').locator('.repetition-badge').count()).toBe(0);

    // Copy the Chinese to the English: the shortcut, and the row menu.
    await english(page, 'u6').click();
    await caretIn(page, 'u6');
    await page.keyboard.press('Control+Shift+Insert');
    await expect.poll(() => english(page, 'u6').textContent()).toBe('代码GB/T 7714-2015');
    await rowMenu(page, 'u8', 'Copy the Chinese to the English');
    await expect.poll(() => english(page, 'u8').textContent()).toBe('名称：长江');

    // Lock a confirmed row from the row menu: typing and copying are refused with a notice.
    await rowMenu(page, 'u1', 'Lock this row');
    await expect.poll(() => row(page, 'u1').locator('.lock-badge').count()).toBe(1);
    await english(page, 'u1').click();
    await caretIn(page, 'u1');
    await page.keyboard.type('xyz');
    await page.keyboard.press('Backspace');
    await page.getByRole('status').filter({ hasText: 'This row is locked' }).waitFor();
    expect(await english(page, 'u1').textContent()).toBe('Plan No. 33618.');
    // An untranslated row cannot be locked.
    await english(page, 'u9').click();
    await caretIn(page, 'u9');
    await page.keyboard.press('Control+Alt+l');
    await page.getByRole('status').filter({ hasText: 'Only a confirmed or reviewed row can be locked.' }).waitFor();
    expect(await row(page, 'u9').locator('.lock-badge').count()).toBe(0);
    // Unlock explicitly, edit, lock again from the keyboard.
    await english(page, 'u1').click();
    await caretIn(page, 'u1');
    await page.keyboard.press('Control+Alt+l');
    await expect.poll(() => row(page, 'u1').locator('.lock-badge').count()).toBe(0);
    await page.keyboard.type(' Rev.');
    await expect.poll(() => english(page, 'u1').textContent()).toBe('Plan No. 33618. Rev.');
    await page.keyboard.press('Control+Enter');
    await english(page, 'u1').click();
    await caretIn(page, 'u1');
    await page.keyboard.press('Control+Alt+l');
    await expect.poll(() => row(page, 'u1').locator('.lock-badge').count()).toBe(1);

    await page.keyboard.press('Control+s');
    await page.getByTestId('save-state').filter({ hasText: 'Saved at' }).waitFor();
    await page.close();
    await restart();
    page = await open('repeats');
    await expect.poll(() => row(page, 'u1').locator('.lock-badge').count()).toBe(1);
    expect(await row(page, 'u5').locator('.repetition-badge').count()).toBe(1);
    expect(await english(page, 'u6').textContent()).toBe('代码GB/T 7714-2015');
    await english(page, 'u1').click();
    await caretIn(page, 'u1');
    await page.keyboard.type('more');
    await page.getByRole('status').filter({ hasText: 'This row is locked' }).waitFor();
    expect(await english(page, 'u1').textContent()).toBe('Plan No. 33618. Rev.');
    await page.close();
  });

  it('reopens a 2,000-paragraph project where the translator stopped: caret and scroll', async () => {
    writeFileSync(join(dirs.workspace, 'long.duizhao'), serializeProjectFile(syntheticProject(2000)));
    await restart();
    let page = await open('long');
    await english(page, 'u1500').scrollIntoViewIfNeeded();
    await english(page, 'u1500').click();
    await caretIn(page, 'u1500');
    await page.keyboard.type('Stopped here');
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-state').filter({ hasText: 'Saved at' }).waitFor();
    await page.close();
    await restart();
    page = await open('long');
    await caretIn(page, 'u1500');
    const inView = (): Promise<boolean> =>
      page.evaluate(() => {
        const r = document.querySelector('.unit-row[data-unit-id="u1500"]')?.getBoundingClientRect();
        const pane = document.querySelector('.rows-pane')?.getBoundingClientRect();
        return !!r && !!pane && r.bottom > pane.top && r.top < pane.bottom;
      });
    await expect.poll(inView).toBe(true);
    // Typing goes on where it stopped.
    await english(page, 'u1500').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' and went on');
    await expect.poll(() => english(page, 'u1500').textContent()).toContain('Stopped here and went on');
    await page.close();
  });
});
