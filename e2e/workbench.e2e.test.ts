import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticProject } from '../test/synthetic.js';
import { serializeProjectFile } from '../src/document/projectFile.js';
import { fixturePath } from '../test/corpus.js';
import { openApp as openWebApp, startWebMode, tempDirs, type WebMode, saveInWorkspace, chooseFromWorkspace, hasCaret, useBrowser, useWebMode } from './harness.js';

const browser = useBrowser();
/** The server of the tests that need no folders of their own: they only open the sample, type, and import without saving. */
const shared = useWebMode({ browser });

/**
 * Runs `body` with a page open on web mode and closes the page after: on the file's shared server, or
 * when `dirs` or `args` are given, on a server started on them (fresh folders by default) and stopped after.
 */
async function withApp(body: (page: Page, dirs: { home: string; workspace: string }) => Promise<void>, options: { dirs?: { home: string; workspace: string }; args?: string[] } = {}): Promise<void> {
  if (!options.dirs && !options.args) {
    const page = await openApp(shared.server());
    await body(page, shared.server());
    await page.close();
    return;
  }
  const dirs = options.dirs ?? tempDirs();
  const server = await startWebMode({ ...dirs, args: options.args ?? [] });
  try {
    const page = await openApp(server);
    await body(page, dirs);
    await page.close();
  } finally {
    await server.stop();
  }
}

const openApp = (server: WebMode): Promise<Page> => openWebApp(browser(), server);

const isFocused = (locator: Locator): Promise<boolean> => hasCaret(locator);

const editor = (page: Page, n: number) => page.getByRole('textbox', { name: `English translation of paragraph ${n}`, exact: true });

describe('the workbench in web mode', () => {
  it('opens the sample with its structure, and the trailing web-page chrome greyed and excluded', async () => {
    await withApp(async (page) => {
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('重庆市南岸区人民政府工作报告');
      const rows = page.locator('.unit-row');
      expect(await rows.count()).toBe(19);
      expect(await page.locator('.unit-row.excluded').count()).toBe(5);
      await expect.poll(() => page.locator('.unit-row.excluded').first().textContent()).toContain('本文仅代表作者观点');
      await expect.poll(() => page.locator('.unit-row.kind-heading.level-1').textContent()).toContain('一、2023年工作回顾');
      await expect.poll(() => page.locator('.run-in-heading').first().textContent()).toBe('(一)落实国家重大战略部署谋划新布局。');
      await expect.poll(() => page.getByTestId('progress-units').textContent()).toBe('0 / 14 paragraphs');
    });
  });

  it('keeps a typed translation and its status through save, server restart and reopen', async () => {
    const dirs = tempDirs();
    let server = await startWebMode(dirs);
    try {
      let page = await openApp(server);
      await editor(page, 1).click();
      await page.keyboard.type('Report on the Work of the Government of Nan’an District');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.getByRole('combobox', { name: 'Status of paragraph 1', exact: true }).inputValue()).toBe('translated');
      await expect.poll(() => isFocused(editor(page, 2))).toBe(true);
      await expect.poll(() => page.getByTestId('progress-units').textContent()).toBe('1 / 14 paragraphs');
      await page.keyboard.type('Draft of the subtitle');
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => isFocused(editor(page, 3))).toBe(true);
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => isFocused(editor(page, 2))).toBe(true);

      await saveInWorkspace(page, 'nanan');
      expect(existsSync(join(dirs.workspace, 'nanan.duizhao'))).toBe(true);
      await page.close();

      await server.stop();
      server = await startWebMode(dirs);
      page = await openApp(server);
      await chooseFromWorkspace(page, 'nanan.duizhao');
      await expect.poll(() => editor(page, 1).textContent()).toBe('Report on the Work of the Government of Nan’an District');
      await expect.poll(() => page.getByRole('combobox', { name: 'Status of paragraph 1', exact: true }).inputValue()).toBe('translated');
      await expect.poll(() => editor(page, 2).textContent()).toBe('Draft of the subtitle');
      await expect.poll(() => page.getByRole('combobox', { name: 'Status of paragraph 2', exact: true }).inputValue()).toBe('draft');
      await expect.poll(() => page.getByTestId('progress-units').textContent()).toBe('1 / 14 paragraphs');
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('undoes and redoes typing, and pastes as plain text', async () => {
    await withApp(async (page) => {
      await editor(page, 5).click();
      await page.keyboard.type('Fellow deputies');
      await page.keyboard.press('Control+z');
      await expect.poll(() => editor(page, 5).textContent()).toBe('');
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => editor(page, 5).textContent()).toBe('Fellow deputies');
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Control+b');
      await expect.poll(() => editor(page, 5).locator('strong').textContent()).toBe('Fellow deputies');

      // Text from another program arrives as plain text on one line, whatever its markup.
      await editor(page, 7).click();
      await editor(page, 7).evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/html', '<p style="color:red"><b>Over the past</b> year,</p><p>we <i>worked</i></p><script>alert(1)</script>');
        data.setData('text/plain', 'Over the past year,\r\nwe worked');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await expect.poll(() => editor(page, 7).textContent()).toBe('Over the past year, we worked');
      expect(await editor(page, 7).locator('b, strong, i, em, p, script').count()).toBe(0);
    });
  });

  it('moves through a 400-paragraph project to rows not rendered yet', async () => {
    const dirs = tempDirs();
    mkdirSync(dirs.workspace, { recursive: true });
    const project = syntheticProject(400);
    const units = (project.doc as { content: Array<{ attrs: Record<string, unknown>; content: unknown[] }> }).content;
    for (let i = 1; i < 360; i++) {
      const unit = units[i];
      if (!unit) continue;
      unit.attrs['status'] = 'translated';
      unit.content[1] = { type: 'target', content: [{ type: 'text', text: `Done ${i + 1}` }] };
    }
    const path = join(dirs.workspace, 'long.duizhao');
    writeFileSync(path, serializeProjectFile(project));
    await withApp(
      async (page) => {
        await editor(page, 1).click();
        await page.keyboard.type('Synthetic report');
        await page.keyboard.press('Control+Enter');
        await expect.poll(() => isFocused(editor(page, 361)), { timeout: 10_000 }).toBe(true);
        await page.keyboard.press('Alt+ArrowDown');
        await expect.poll(() => isFocused(editor(page, 362))).toBe(true);
        await expect.poll(() => page.getByTestId('progress-units').textContent()).toBe('360 / 400 paragraphs');
        await expect.poll(() => page.locator('.unit-row').count(), { timeout: 10_000 }).toBe(400);
      },
      { dirs, args: [path] },
    );
  });

  it('switches the interface to 简体中文 at run time', async () => {
    await withApp(async (page) => {
      await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-CN');
      await page.getByRole('button', { name: '导入报告…' }).waitFor();
      await page.getByRole('columnheader', { name: '中文' }).waitFor();
      await expect.poll(() => page.getByTestId('progress-units').textContent()).toBe('0 / 14 段');
      await page.getByRole('textbox', { name: '第1段的英文译文' }).waitFor();
    });
  });

  it('imports a GB18030 report, and refuses a PNG with a visible message, changing nothing', async () => {
    await withApp(async (page, dirs) => {
      const input = page.getByLabel('Report file to import');
      await editor(page, 1).click();
      await expect.poll(() => isFocused(editor(page, 1))).toBe(true);
      await page.keyboard.type('Kept');
      await expect.poll(() => editor(page, 1).textContent()).toBe('Kept');

      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
      await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
      await page.getByRole('alert').filter({ hasText: '“.png” files are not supported' }).waitFor();
      await input.setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: png });
      await page.getByRole('alert').filter({ hasText: 'looks like PNG' }).waitFor();
      await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
      await page.getByRole('alert').filter({ hasText: 'The file is empty' }).waitFor();
      await expect.poll(() => editor(page, 1).textContent()).toBe('Kept');
      expect(readdirSync(dirs.workspace).filter((f) => f.endsWith('.duizhao'))).toEqual([]);

      await input.setInputFiles(fixturePath('reports/nanan_gb18030.txt'));
      await page.getByRole('dialog', { name: 'Unsaved changes' }).waitFor();
      await page.getByRole('button', { name: 'Discard changes' }).click();
      await page.getByRole('status').filter({ hasText: 'Imported nanan_gb18030.txt' }).waitFor();
      await expect.poll(() => page.locator('.unit-row').count()).toBe(19);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('重庆市南岸区人民政府工作报告');
      await expect.poll(() => editor(page, 1).textContent()).toBe('');
    });
  });

  it('refuses a corrupt or newer-version project and leaves it byte for byte', async () => {
    const dirs = tempDirs();
    mkdirSync(dirs.workspace, { recursive: true });
    const corrupt = '{"format":"duizhao-project","version":1,"units":[';
    writeFileSync(join(dirs.workspace, 'broken.duizhao'), corrupt);
    const newer = JSON.stringify({ format: 'duizhao-project', version: 99, doc: {} });
    writeFileSync(join(dirs.workspace, 'future.duizhao'), newer);
    await withApp(
      async (page) => {
        await chooseFromWorkspace(page, 'broken.duizhao');
        await page.getByRole('alert').filter({ hasText: 'not valid JSON' }).waitFor();
        await chooseFromWorkspace(page, 'future.duizhao');
        await page.getByRole('alert').filter({ hasText: 'newer version of Duizhao' }).waitFor();
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('重庆市南岸区人民政府工作报告');
        expect(readFileSync(join(dirs.workspace, 'broken.duizhao'), 'utf8')).toBe(corrupt);
        expect(readFileSync(join(dirs.workspace, 'future.duizhao'), 'utf8')).toBe(newer);
      },
      { dirs },
    );
  });

  it('imports a report dropped on the window', async () => {
    await withApp(async (page) => {
      const bytes = [...readFileSync(fixturePath('reports/national_2024_gov_work_report_zh.txt'))];
      await page.locator('.app').evaluate((app, data) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], 'national.txt', { type: 'text/plain' }));
        app.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        app.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, bytes);
      await page.getByRole('status').filter({ hasText: 'Imported national.txt: 91 paragraphs' }).waitFor();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('政府工作报告');
    });
  });

  it('offers to recover work autosaved before the server was killed', async () => {
    const dirs = tempDirs();
    let server = await startWebMode(dirs);
    try {
      let page = await openApp(server);
      await editor(page, 5).click();
      await page.keyboard.type('Now, on behalf of the District People’s Government');
      await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('autosaved');
      await page.close();
      await server.stop('SIGKILL');

      server = await startWebMode(dirs);
      page = await openApp(server);
      const dialog = page.getByRole('dialog', { name: 'Recover unsaved work?' });
      await expect.poll(() => dialog.textContent()).toContain('重庆市南岸区人民政府工作报告');
      await dialog.getByRole('button', { name: 'Recover' }).click();
      await expect.poll(() => editor(page, 5).textContent()).toBe('Now, on behalf of the District People’s Government');
      await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('Unsaved changes');
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
