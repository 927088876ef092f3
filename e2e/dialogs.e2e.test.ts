import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, selectInSource, useWebMode } from './harness.js';

// One browser and one server for the file: each test opens a page of its own.
const web = useWebMode();

const row = (page: Page, id: string): Locator => page.locator(`.unit-row[data-unit-id="${id}"]`);
const focused = (page: Page): Promise<string> => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.getAttribute('type') ?? ''}`);

describe('dialogs work from the keyboard', () => {
  it('puts the focus in the note’s text box: typed words become the note, Enter saves, Escape cancels, the English stays as it was', async () => {
    const page = await openApp(web.browser(), web.server(), { acceptDialogs: true });
    await selectInSource(page, 'u6', '2023年');
    await page.keyboard.press('Control+Alt+m');
    const note = page.getByRole('dialog', { name: "Add a translator's note" });
    await note.waitFor();
    // The dialog takes the focus once it is painted (an effect): typing starts when it has.
    await expect.poll(() => focused(page)).toBe('textarea:');
    await page.keyboard.type('Covers the calendar year 2023, not the fiscal year.');
    await page.keyboard.press('Enter');
    await note.waitFor({ state: 'detached' });
    await expect.poll(() => row(page, 'u6').locator('.note-anchor').textContent()).toBe('2023年');
    expect(await row(page, 'u6').textContent()).not.toContain('fiscal');

    await selectInSource(page, 'u7', '开局之年');
    await page.keyboard.press('Control+Alt+m');
    await note.waitFor();
    await expect.poll(() => focused(page)).toBe('textarea:');
    await page.keyboard.type('Not this one');
    await page.keyboard.press('Escape');
    await note.waitFor({ state: 'detached' });
    expect(await row(page, 'u7').locator('.note-anchor').count()).toBe(0);
    expect(await row(page, 'u7').textContent()).not.toContain('this one');
    await page.getByRole('tab', { name: /Notes/ }).click();
    await expect.poll(() => page.locator('.note-list').textContent()).toContain('Covers the calendar year 2023, not the fiscal year.');
    expect(await page.locator('.note-list').textContent()).not.toContain('Not this one');
    await page.close();
  });

  it('saves with a name typed into the Save dialog, and the Open dialog offers projects only, not glossaries', async () => {
    const page = await openApp(web.browser(), web.server(), { acceptDialogs: true });
    await page.keyboard.press('Control+s');
    const save = page.getByRole('dialog', { name: 'Save the project' });
    await save.waitFor();
    await expect.poll(() => save.getByLabel('File name').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('typed-name');
    await page.keyboard.press('Enter');
    await page.getByTestId('save-state').filter({ hasText: 'Saved at' }).waitFor();

    await page.getByRole('button', { name: 'Open project…' }).click();
    const open = page.getByRole('dialog', { name: 'Open a project' });
    await open.getByRole('button', { name: 'typed-name.duizhao' }).waitFor();
    // The starter glossary lives in the workspace too, but it is not a project: it is linked from the Glossary tab.
    expect(await open.getByRole('button', { name: /\.duizhao-glossary$/ }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await open.waitFor({ state: 'detached' });
    await page.close();
  });
});
