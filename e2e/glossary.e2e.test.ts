import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../src/glossary/glossaryFile.js';
import { openApp as openWebApp, startWebMode, tempDirs, type WebMode, saveInWorkspace, chooseFromWorkspace, selectInSource, useBrowser } from './harness.js';

const browser = useBrowser();

async function openApp(server: WebMode): Promise<Page> {
  const page = await openWebApp(browser(), server, { acceptDialogs: true });
  await page.locator('.unit-row .term').first().waitFor();
  return page;
}

const row = (page: Page, id: string): Locator => page.locator(`.unit-row[data-unit-id="${id}"]`);
const english = (page: Page, n: number): Locator => page.getByRole('textbox', { name: `English translation of paragraph ${n}`, exact: true });

function glossaryFile(workspace: string) {
  const parsed = parseGlossary(readFileSync(join(workspace, 'glossary.duizhao-glossary'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
}

describe('glossary and annotations in the workbench', () => {
  it('highlights the starter glossary terms and shows a card on hover', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(server);
      const code = row(page, 'u10').locator('.term[data-entry-id="code-885"]');
      await row(page, 'u10').scrollIntoViewIfNeeded();
      await code.waitFor();
      expect(await code.textContent()).toBe('885');
      await code.hover();
      const card = page.getByRole('tooltip');
      await card.waitFor();
      await expect.poll(() => card.textContent()).toContain('not known here');
      await expect.poll(() => card.textContent()).toContain('Occurs once in this report');
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('adds a term from a selection, highlighted at once everywhere and saved in the glossary file', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(server);
      expect(await page.locator('.term', { hasText: /^南岸区$/ }).count()).toBe(0);
      await selectInSource(page, 'u5', '南岸区');
      await page.keyboard.press('Control+Shift+G');
      const dialog = page.getByRole('dialog', { name: 'Add a glossary entry' });
      await expect.poll(() => dialog.getByLabel('Chinese term').inputValue()).toBe('南岸区');
      await dialog.getByLabel('English renderings, one per line (the first is preferred)').fill("Nan'an District");
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved “南岸区” in the glossary.' }).waitFor();
      // Every mounted row that contains the term highlights it, without a reload.
      await expect.poll(() => row(page, 'u5').locator('.term', { hasText: /^南岸区$/ }).count()).toBe(1);
      await expect.poll(() => row(page, 'u1').locator('.term', { hasText: /^南岸区$/ }).count()).toBe(1);
      await expect.poll(() => row(page, 'u3').locator('.term', { hasText: /^南岸区$/ }).count()).toBe(1);
      const saved = glossaryFile(dirs.workspace).entries.find((e) => e.term === '南岸区');
      expect(saved).toMatchObject({ renderings: ["Nan'an District"], status: 'approved' });
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('inserts the preferred rendering with Ctrl+1 as a term link; deleting it raises the finding again', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(server);
      await row(page, 'u9').scrollIntoViewIfNeeded();
      await english(page, 9).click();
      await page.keyboard.type('We carried out the ');
      // Terminology findings only: the rendering also ends the English, so its trailing-space note goes too.
      const findings = page.locator('.side-content .finding', { hasText: 'the English lacks' });
      await expect.poll(() => page.locator('.side-content').textContent(), { timeout: 5000 }).toContain('主题教育: the English lacks “theoretical study program / thematic education”.');
      const before = await findings.count();
      await page.keyboard.press('Control+1');
      const link = english(page, 9).locator('span.term-link[data-term-link="theme-education"]');
      await expect.poll(() => link.textContent()).toBe('theoretical study program');
      await expect.poll(() => findings.count()).toBe(before - 1);
      // Only this paragraph has English, so its term findings are the project's.
      const termFindingsAfter = await page.locator('.side-content .finding', { hasText: 'the English lacks “' }).count();
      await expect.poll(() => page.locator('.side-content').textContent()).not.toContain('主题教育: the English lacks');
      // The Checks tab lists the rest for the whole project, and jumps to them.
      await page.getByRole('tab', { name: /Checks/ }).click();
      const terminology = page.getByRole('region', { name: 'Terminology' });
      await expect.poll(() => terminology.locator('.finding').count()).toBe(termFindingsAfter);
      await page.getByRole('tab', { name: /Paragraph/ }).click();
      // Delete the inserted rendering: the finding comes back.
      await english(page, 9).click();
      await page.keyboard.press('End');
      for (let i = 0; i < 'theoretical study program'.length; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => page.locator('.side-content').textContent(), { timeout: 5000 }).toContain('主题教育: the English lacks');
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('keeps manual links and notes through save, restart and reopen', async () => {
    const dirs = tempDirs();
    let server = await startWebMode(dirs);
    try {
      let page = await openApp(server);
      await selectInSource(page, 'u5', '区政协委员');
      await page.keyboard.press('Control+Shift+L');
      const link = page.getByRole('dialog', { name: 'Link to a glossary entry' });
      await link.getByRole('searchbox', { name: 'Search the glossary' }).fill('区政协');
      await link.getByRole('button', { name: /区政协/ }).click();
      await expect.poll(() => row(page, 'u5').locator('.source-view span.term-link').textContent()).toBe('区政协委员');

      await selectInSource(page, 'u6', '2023年');
      await page.keyboard.press('Control+Alt+m');
      const note = page.getByRole('dialog', { name: "Add a translator's note" });
      await note.getByLabel('Note').fill('The report covers the calendar year 2023.');
      await note.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => row(page, 'u6').locator('.note-anchor').textContent()).toBe('2023年');

      await saveInWorkspace(page, 'annotated');
      await page.close();
      await server.stop();

      server = await startWebMode(dirs);
      page = await openApp(server);
      await chooseFromWorkspace(page, 'annotated.duizhao');
      await page.getByRole('status').filter({ hasText: 'Opened annotated.duizhao' }).waitFor();
      await row(page, 'u5').scrollIntoViewIfNeeded();
      await expect.poll(() => row(page, 'u5').locator('span.term-link[data-term-link="district-cppcc"]').textContent()).toBe('区政协委员');
      await expect.poll(() => row(page, 'u6').locator('.note-anchor').textContent()).toBe('2023年');
      await page.getByRole('tab', { name: /Notes/ }).click();
      await expect.poll(() => page.locator('.note-list').textContent()).toContain('The report covers the calendar year 2023.');
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('imports a CSV glossary and exports TBX from the Glossary tab, refusing a malformed file with its line', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(server);
      await page.getByRole('tab', { name: /Glossary/ }).click();
      const input = page.getByLabel('Glossary file to import');
      await input.setInputFiles({ name: 'extra.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target,note\n区政府,district government,\n,orphan,\n') });
      await page.getByRole('alert').filter({ hasText: 'Line 3 has no Chinese term' }).waitFor();
      expect(glossaryFile(dirs.workspace).entries.some((e) => e.term === '区政府')).toBe(false);
      await input.setInputFiles({ name: 'extra.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target,note\n区政府,district government,\n') });
      await page.getByRole('status').filter({ hasText: 'Imported extra.csv' }).waitFor();
      expect(glossaryFile(dirs.workspace).entries.find((e) => e.term === '区政府')?.renderings).toEqual(['district government']);

      await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('district government');
      await expect.poll(() => page.locator('.entry-list > li').count()).toBe(1);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('glossary.tbx');
      const xml = readFileSync((await file.path()) as string, 'utf8');
      expect(xml).toContain('<term>区政府</term>');
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
