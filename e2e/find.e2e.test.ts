import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeProjectFile } from '../src/document/projectFile.js';
import { syntheticProject } from '../test/synthetic.js';
import { chooseFromWorkspace, openApp, startWebMode, tempDirs, type WebMode, useBrowser } from './harness.js';

type UnitJson = { attrs: Record<string, unknown>; content: Array<Record<string, unknown>> };

const browser = useBrowser();
let server: WebMode;

/** The filter test's project: 300 paragraphs, 1–100 translated, 251, 261 and 271 "translated" with their Chinese copied (a QA error). */
function filterProject(): string {
  const project = syntheticProject(300);
  const units = (project.doc as { content: UnitJson[] }).content;
  units.forEach((unit, i) => {
    const copied = i === 250 || i === 260 || i === 270;
    if (i >= 100 && !copied) return;
    const chinese = ((unit.content[0] as { content?: Array<{ text?: string }> }).content ?? []).map((n) => n.text ?? '').join('');
    unit.attrs['status'] = 'translated';
    unit.content[1] = { type: 'target', content: [{ type: 'text', text: copied ? chinese : 'Translated paragraph.' }] };
  });
  return serializeProjectFile(project);
}

beforeAll(async () => {
  const dirs = tempDirs();
  mkdirSync(dirs.workspace, { recursive: true });
  writeFileSync(join(dirs.workspace, 'find.duizhao'), serializeProjectFile(syntheticProject(300, 1)));
  writeFileSync(join(dirs.workspace, 'filters.duizhao'), filterProject());
  server = await startWebMode(dirs);
});
afterAll(async () => {
  await server?.stop();
});

const english = (page: Page, n: number): Locator => page.getByRole('textbox', { name: `English translation of paragraph ${n}`, exact: true });
const row = (page: Page, id: string): Locator => page.locator(`.unit-row[data-unit-id="${id}"]`);
const original = (n: number): string => `English translation of paragraph ${n}, with enough words to wrap across a line or two of the column.`;

async function openProject(page: Page, name: string, rows: number): Promise<void> {
  await chooseFromWorkspace(page, name);
  await page.locator('.notice', { hasText: `Opened ${name}.` }).waitFor();
  await expect.poll(() => page.locator('.unit-row').count()).toBe(rows);
}

describe('find, replace and filter', () => {
  it('replaces a regular expression in rows off screen in one undoable step; whole words, match case, a bad pattern', async () => {
    const page = await openApp(browser(), server);
    await openProject(page, 'find.duizhao', 300);
    expect(await row(page, 'u280').evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    await english(page, 2).click();
    await page.keyboard.press('Control+h');
    const bar = page.getByRole('search', { name: 'Find and replace' });
    const findBox = bar.getByRole('searchbox', { name: 'Find' });
    await expect.poll(() => findBox.evaluate((el) => el === document.activeElement)).toBe(true);
    const count = bar.getByRole('status');

    // Match case and whole words.
    await findBox.fill('Translation');
    await expect.poll(() => count.textContent()).toBe('300 results');
    // Highlighted in the rows near the window only: the document does not carry 300 highlights.
    await expect.poll(() => page.locator('.find-match').count()).toBeGreaterThan(0);
    expect(await page.locator('.find-match').count()).toBeLessThan(150);
    await bar.getByRole('checkbox', { name: 'Match case' }).check();
    await expect.poll(() => count.textContent()).toBe('No results');
    await bar.getByRole('checkbox', { name: 'Match case' }).uncheck();
    await bar.getByRole('checkbox', { name: 'Whole words' }).check();
    await findBox.fill('translat');
    await expect.poll(() => count.textContent()).toBe('No results');
    await findBox.fill('translation');
    await expect.poll(() => count.textContent()).toBe('300 results');
    await bar.getByRole('checkbox', { name: 'Whole words' }).uncheck();

    // A pattern that does not compile: its message, and Replace all changes nothing.
    await bar.getByRole('checkbox', { name: 'Regular expression' }).check();
    await findBox.fill('paragraph (\\d+');
    await bar.getByRole('alert').filter({ hasText: 'This regular expression does not compile' }).waitFor();
    await bar.getByRole('textbox', { name: 'Replace with' }).fill('section $1;');
    await bar.getByRole('button', { name: 'Replace all' }).click();
    expect(await english(page, 280).textContent()).toBe(original(280));

    // Enter goes to the first occurrence after the caret, far below: selected, highlighted and scrolled to.
    await findBox.fill('paragraph 29\\d,');
    await expect.poll(() => count.textContent()).toBe('10 results');
    await findBox.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 of 10');
    await expect
      .poll(() => row(page, 'u290').locator('.find-current').evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && el.textContent;
      }))
      .toBe('paragraph 290,');
    await findBox.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('10 of 10');
    await expect.poll(() => row(page, 'u299').locator('.find-current').count()).toBe(1);

    // Enter goes to an occurrence, counted and highlighted.
    await findBox.fill('paragraph (\\d+),');
    await expect.poll(() => bar.getByRole('alert').count()).toBe(0);
    await expect.poll(() => count.textContent()).toBe('300 results');
    await findBox.press('Enter');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ of 300$/);
    await expect.poll(() => page.locator('.find-current').count()).toBe(1);
    await findBox.press('F3');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ of 300$/);

    // Paragraph 1 is now far above the window, and replaced like the others.
    expect(await row(page, 'u1').evaluate((el) => el.getBoundingClientRect().bottom < 0)).toBe(true);
    await bar.getByRole('button', { name: 'Replace all' }).click();
    await page.locator('.notice', { hasText: 'Replaced 300 occurrences' }).waitFor();
    expect(await english(page, 280).textContent()).toBe('English translation of section 280; with enough words to wrap across a line or two of the column.');
    expect(await english(page, 1).textContent()).toBe('English translation of section 1; with enough words to wrap across a line or two of the column.');
    await expect.poll(() => count.textContent()).toBe('No results');

    // Escape returns to the text; one Ctrl+Z undoes the 300 replacements.
    await findBox.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => english(page, 280).textContent()).toBe(original(280));
    expect(await english(page, 1).textContent()).toBe(original(1));
    expect(await english(page, 150).textContent()).toBe(original(150));

    // Replace one (Enter in the replacement box): the current occurrence, then the next is current.
    await page.keyboard.press('Control+h');
    await findBox.fill('paragraph 299,');
    await findBox.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 of 1');
    await bar.getByRole('textbox', { name: 'Replace with' }).fill('the last paragraph but one,');
    await bar.getByRole('textbox', { name: 'Replace with' }).press('Enter');
    await expect.poll(() => english(page, 299).textContent()).toBe('English translation of the last paragraph but one, with enough words to wrap across a line or two of the column.');
    await expect.poll(() => count.textContent()).toBe('No results');
    expect(await english(page, 298).textContent()).toBe(original(298));

    // Selected rows only: paragraphs 5 to 7, selected with the mouse.
    await findBox.press('Escape');
    await english(page, 5).click();
    await english(page, 7).click({ modifiers: ['Shift'] });
    // The editor reads the new selection a moment after the browser (its head is then in row 7).
    await expect.poll(() => row(page, 'u7').getAttribute('data-active')).toBe('true');
    await page.keyboard.press('Control+f');
    await findBox.fill('translation');
    await expect.poll(() => count.textContent()).toBe('300 results');
    await bar.getByRole('checkbox', { name: 'Selected rows only' }).check();
    await expect.poll(() => count.textContent()).toBe('3 results');
    await bar.getByRole('checkbox', { name: 'Selected rows only' }).uncheck();
    await expect.poll(() => count.textContent()).toBe('300 results');

    // Find in the Chinese: found, never replaced.
    await page.keyboard.press('Control+h');
    await bar.getByRole('combobox', { name: /^In\b/ }).selectOption('source');
    await findBox.fill('合成测试报告');
    await expect.poll(() => count.textContent()).toBe('1 result');
    // The bar was opened with Ctrl+H: the replacement line is there, and refuses the Chinese.
    expect(await bar.getByRole('button', { name: 'Replace…' }).getAttribute('aria-expanded')).toBe('true');
    expect(await bar.getByRole('button', { name: 'Replace all' }).isDisabled()).toBe(true);
    await bar.getByText('The Chinese is read-only: find only.').waitFor();

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-state').filter({ hasText: 'Saved at' }).waitFor();
    await page.close();
  });

  it('filters by status and by QA severity, says how many rows it shows, skips hidden rows with Alt+Down, and clears', async () => {
    const page = await openApp(browser(), server);
    await openProject(page, 'filters.duizhao', 300);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const bar = page.getByRole('group', { name: 'Filter the rows' });
    const strip = page.locator('.filter-status');

    await bar.getByRole('checkbox', { name: 'Translated', exact: true }).check();
    await expect.poll(() => strip.textContent()).toContain('Showing 103 of 300 paragraphs');
    await expect.poll(() => row(page, 'u200').isVisible()).toBe(false);
    expect(await row(page, 'u50').isVisible()).toBe(true);
    expect(await row(page, 'u261').isVisible()).toBe(true);

    // Alt+Down from paragraph 100 goes to the next row shown: 251.
    await english(page, 100).click();
    await expect.poll(() => row(page, 'u100').getAttribute('data-active')).toBe('true');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => row(page, 'u251').getAttribute('data-active')).toBe('true');

    await bar.getByRole('checkbox', { name: 'Translated', exact: true }).uncheck();
    await bar.getByRole('combobox', { name: /^Severity/ }).selectOption('error');
    await expect.poll(() => strip.textContent()).toContain('Showing 3 of 300 paragraphs');
    for (const id of ['u251', 'u261', 'u271']) expect(await row(page, id).isVisible()).toBe(true);
    expect(await row(page, 'u50').isVisible()).toBe(false);
    expect(await page.locator('.unit-row:visible').count()).toBe(3);

    await strip.getByRole('button', { name: 'Clear filter' }).click();
    await expect.poll(() => strip.count()).toBe(0);
    await expect.poll(() => row(page, 'u50').isVisible()).toBe(true);
    expect(await row(page, 'u200').isVisible()).toBe(true);
    await page.close();
  });
});
