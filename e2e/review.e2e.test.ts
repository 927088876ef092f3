import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/buildDocument.js';
import { createProjectFile, serializeProjectFile } from '../src/document/projectFile.js';
import { schema } from '../src/document/schema.js';
import { chooseFromWorkspace, dialogWithFocus, openApp, startWebMode, tempDirs, useBrowser, type WebMode } from './harness.js';

// One browser for the file (the harness's), one web-mode server on folders this file fills.
const browser = useBrowser();
let server: WebMode;
const dirs = tempDirs();
beforeAll(async () => {
  mkdirSync(dirs.workspace, { recursive: true });
  writeProject();
  server = await startWebMode(dirs);
});
afterAll(async () => {
  await server?.stop();
});

/** Four confirmed or draft paragraphs; the fourth locked; ¶2's first word bold. */
function writeProject(): void {
  const rows = [
    ['经济稳定增长。', 'The economy grew steadily.', 'translated', false],
    ['改革不断深化。', 'Reform deepened.', 'reviewed', false],
    ['开放继续扩大。', 'Opening widened.', 'draft', false],
    ['锁定的段落。', 'A locked paragraph.', 'translated', true],
  ] as const;
  const built = buildDocument(rows.map(([text]) => ({ text, kind: 'paragraph' as const, level: null, runIn: null, excluded: null })));
  const units: ReturnType<typeof schema.nodes.unit.create>[] = [];
  built.forEach((u, _o, i) => {
    const [, en, status, locked] = rows[i] as (typeof rows)[number];
    const content = i === 1 ? [schema.text('Reform', [schema.marks.strong.create()]), schema.text(en.slice('Reform'.length))] : [schema.text(en)];
    units.push(schema.nodes.unit.create({ ...u.attrs, status, locked }, [u.child(0), schema.nodes.target.create(null, content)]));
  });
  const doc = schema.nodes.doc.create(null, units);
  const file = createProjectFile(doc, { fileName: 'review.txt', sha256: 'c'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: '2026-12-06T00:00:00.000Z' }, '2026-12-06T00:00:00.000Z');
  writeFileSync(join(dirs.workspace, 'review.duizhao'), serializeProjectFile(file));
}

async function open(name: string): Promise<Page> {
  const page = await openApp(browser(), server);
  await chooseFromWorkspace(page, name);
  await page.getByRole('status').filter({ hasText: `Opened ${name}` }).waitFor();
  return page;
}

const row = (page: Page, id: string): Locator => page.locator(`.unit-row[data-unit-id="${id}"]`);
const english = (page: Page, id: string): Locator => row(page, id).locator('.target-editor');
const text = (page: Page, id: string): Promise<string> =>
  english(page, id).evaluate((e) => {
    // The English as the document holds it: the struck deletions are decorations, not text.
    const copy = e.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('del.tc-del').forEach((d) => d.remove());
    return copy.textContent ?? '';
  });

/** Puts the caret at the end of a row's English, before its final full stop. */
async function beforeFullStop(page: Page, id: string): Promise<void> {
  await english(page, id).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => row(page, id).getAttribute('data-active')).toBe('true');
}

describe('review mode', () => {
  it('tracks a reviewer’s edits with author and time; accept one, reject another, undo; save and reopen keeps what is pending', async () => {
    const page = await open('review.duizhao');
    await page.getByRole('tab', { name: /Review/ }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByLabel(/Reviewer.s name/).fill('Ana Reviewer');
    await panel.getByLabel(/Reviewer.s name/).press('Enter');
    await page.getByRole('button', { name: 'Review mode' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Review mode' }).getAttribute('aria-pressed')).toBe('true');

    // Replace "steadily" in ¶1 (translated), add a word in ¶2 (reviewed).
    await beforeFullStop(page, 'u1');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.type('strongly');
    await beforeFullStop(page, 'u2');
    await page.keyboard.type(' further');
    const ins1 = row(page, 'u1').locator('ins.tc-ins');
    const del1 = row(page, 'u1').locator('del.tc-del');
    await expect.poll(() => ins1.textContent()).toBe('strongly');
    expect(await del1.textContent()).toBe('steadily');
    expect(await ins1.getAttribute('title')).toMatch(/^Inserted by Ana Reviewer, /);
    expect(await del1.getAttribute('title')).toMatch(/^Deleted by Ana Reviewer, /);
    // In the review colours: insertions blue and underlined, deletions red and struck through.
    expect(await ins1.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).textDecorationLine])).toEqual(['rgb(21, 101, 192)', 'underline']);
    expect(await del1.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).textDecorationLine])).toEqual(['rgb(180, 35, 42)', 'line-through']);
    expect(await text(page, 'u1')).toBe('The economy grew strongly.');
    expect(await row(page, 'u1').locator('.review-badge').count()).toBe(1);
    // The paragraphs keep their statuses: the changes are what is pending.
    expect(await row(page, 'u1').locator('.status-select').inputValue()).toBe('translated');
    expect(await row(page, 'u2').locator('.status-select').inputValue()).toBe('reviewed');
    await expect.poll(() => panel.getByRole('heading', { name: '2 tracked changes' }).count()).toBe(1);
    // A draft is edited as before: no tracking.
    await beforeFullStop(page, 'u3');
    await page.keyboard.type(' again');
    expect(await row(page, 'u3').locator('ins.tc-ins').count()).toBe(0);

    // Accept ¶1's change from its context menu: the English stays, the marks go.
    await ins1.click({ button: 'right' });
    await page.getByRole('menuitem', { name: /^Accept change/ }).click();
    await expect.poll(() => row(page, 'u1').locator('ins.tc-ins, del.tc-del').count()).toBe(0);
    expect(await row(page, 'u1').locator('.review-badge').count()).toBe(0);
    expect(await text(page, 'u1')).toBe('The economy grew strongly.');
    // Reject ¶2's change from the Review tab: the English comes back.
    await panel.getByRole('button', { name: 'Reject the change “ further”' }).click();
    await expect.poll(() => text(page, 'u2')).toBe('Reform deepened.');
    expect(await row(page, 'u2').locator('ins.tc-ins').count()).toBe(0);
    // Undo brings the rejected change back, with its author.
    await english(page, 'u2').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'u2')).toBe('Reform deepened further.');
    expect(await row(page, 'u2').locator('ins.tc-ins').getAttribute('title')).toMatch(/^Inserted by Ana Reviewer/);

    // A reviewer's comment on a span of ¶3: Ctrl+Alt+C, typed, Enter; listed in the Review tab with its author.
    await english(page, 'u3').click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Alt+c');
    const comment = page.getByRole('dialog', { name: /Reviewer.s comment \(Ana Reviewer\)/ });
    await dialogWithFocus(comment);
    await page.keyboard.type('Say "Opening-up", as the glossary does.');
    await page.keyboard.press('Enter');
    await comment.waitFor({ state: 'detached' });
    await expect.poll(() => panel.locator('.review-list').last().textContent()).toContain('Say "Opening-up", as the glossary does.');
    expect(await panel.locator('.review-list').last().textContent()).toContain('Ana Reviewer');
    expect(await row(page, 'u3').locator('.note-anchor').textContent()).toBe('Opening');

    // Save As, so the next test opens the project as written.
    await page.keyboard.press('Control+Shift+s');
    const dialog = page.getByRole('dialog', { name: 'Save the project' });
    await dialog.getByLabel('File name').fill('review-saved');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('save-state').filter({ hasText: 'Saved at' }).waitFor();
    await page.close();
    const again = await open('review-saved.duizhao');
    await expect.poll(() => row(again, 'u2').locator('ins.tc-ins').textContent()).toBe(' further');
    expect(await row(again, 'u2').locator('ins.tc-ins').getAttribute('title')).toMatch(/^Inserted by Ana Reviewer, /);
    expect(await row(again, 'u1').locator('ins.tc-ins, del.tc-del').count()).toBe(0);
    expect(await text(again, 'u1')).toBe('The economy grew strongly.');
    await again.getByRole('tab', { name: /Review/ }).click();
    await expect.poll(() => again.getByRole('tabpanel').locator('.review-list').last().textContent()).toContain('Ana Reviewer');
    // The reviewer deletes ¶2's bold first word; rejecting the deletion brings it back bold.
    await english(again, 'u2').locator('strong').dblclick();
    await expect.poll(() => again.evaluate(() => getSelection()?.toString().trim())).toBe('Reform');
    await again.keyboard.press('Backspace');
    await expect.poll(() => row(again, 'u2').locator('del.tc-del').count()).toBe(1);
    expect(await row(again, 'u2').locator('del.tc-del').textContent()).toMatch(/^Reform\s?$/);
    await again.getByRole('tabpanel').getByRole('button', { name: /^Reject the change “Reform\s?”$/ }).click();
    await expect.poll(() => text(again, 'u2')).toBe('Reform deepened further.');
    await expect.poll(() => english(again, 'u2').locator('strong').count()).toBe(1);
    expect(await english(again, 'u2').locator('strong').textContent()).toBe('Reform');
    // The tooltips follow a switch of the UI language at once, the paragraph untouched; and back.
    await again.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-CN');
    await expect.poll(() => row(again, 'u2').locator('ins.tc-ins').getAttribute('title')).toMatch(/^Ana Reviewer 插入，/);
    await again.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expect.poll(() => row(again, 'u2').locator('ins.tc-ins').getAttribute('title')).toMatch(/^Inserted by Ana Reviewer, /);
    await again.close();
  });

  it('a locked row refuses typing and a status change', async () => {
    const page = await open('review.duizhao');
    await beforeFullStop(page, 'u4');
    await page.keyboard.type('xyz');
    await page.getByRole('status').filter({ hasText: 'This row is locked' }).waitFor();
    expect(await text(page, 'u4')).toBe('A locked paragraph.');
    // Its status menu is locked with it, and Ctrl+Enter does not confirm it as reviewed.
    expect(await row(page, 'u4').locator('.status-select').isDisabled()).toBe(true);
    await page.keyboard.press('Control+Shift+e');
    await expect.poll(() => page.getByRole('button', { name: 'Review mode' }).getAttribute('aria-pressed')).toBe('true');
    await beforeFullStop(page, 'u4');
    await page.keyboard.press('Control+Enter');
    await new Promise((r) => setTimeout(r, 300));
    expect(await row(page, 'u4').locator('.status-select').inputValue()).toBe('translated');
    // After a switch of the UI language, the editor's notices speak the new one; and back.
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-CN');
    await beforeFullStop(page, 'u4');
    await page.keyboard.press('Control+Alt+a');
    await page.getByRole('status').filter({ hasText: '光标处没有修订。' }).waitFor({ timeout: 5000 });
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await page.close();
  });
});
