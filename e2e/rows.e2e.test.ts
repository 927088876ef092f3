import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useWebMode } from './harness.js';

const web = useWebMode();

const english = (page: Page, id: string): Locator => page.locator(`.unit-row[data-unit-id="${id}"] .target-editor`);
/** What the English box shows before any text: its ::before content ('none' when nothing). */
const placeholder = (box: Locator): Promise<string> => box.evaluate((el) => getComputedStyle(el, '::before').content);

describe('rows', () => {
  it('shows the English placeholder in an empty included row, none in an excluded one, and none once a row is excluded', async () => {
    const page = await openApp(web.browser(), web.server(), { acceptDialogs: true });
    // u15 is page chrome the sample's import excluded (a site notice); u7 an untranslated paragraph.
    await english(page, 'u15').scrollIntoViewIfNeeded();
    expect(await placeholder(english(page, 'u15'))).toBe('none');
    expect(await english(page, 'u15').getAttribute('contenteditable')).toBe('false');
    await english(page, 'u7').scrollIntoViewIfNeeded();
    expect(await placeholder(english(page, 'u7'))).not.toBe('none');

    // Excluding u7 from its row menu takes its placeholder away too.
    await page.locator('.unit-row[data-unit-id="u7"]').getByRole('button', { name: 'Actions for paragraph 7' }).click();
    await page.getByRole('menuitem', { name: 'Exclude paragraph 7' }).click();
    await expect.poll(() => page.locator('.unit-row[data-unit-id="u7"]').getAttribute('class')).toContain('excluded');
    expect(await placeholder(english(page, 'u7'))).toBe('none');
    await page.close();
  });
});
