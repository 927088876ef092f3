import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../test/makeDocuments.js';
import { cleanReports } from '../test/pages/layouts.js';
import { fixturePath } from '../test/corpus.js';
import { openApp, useWebMode } from './harness.js';

const web = useWebMode();

const { chongqing, nanan } = cleanReports();

describe('importing reports as they really arrive', () => {
  it('imports a Word file and a scraped page from the Import button, with the title from the report and the chrome excluded with reasons', async () => {
    const page = await openApp(web.browser(), web.server(), { acceptDialogs: true });
    const input = page.locator('input[type=file][aria-label="Report file to import"]');
    await input.setInputFiles({ name: 'report.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await reportDocx(chongqing)) });
    await page.locator('.notice', { hasText: 'report.docx' }).waitFor();
    await expect.poll(() => page.locator('h1.doc-title').textContent()).toBe(chongqing.title);

    await input.setInputFiles({ name: 'gov-portal.html', mimeType: 'text/html', buffer: readFileSync(fixturePath('pages/tuned/gov-portal.html')) });
    await page.locator('.notice', { hasText: 'gov-portal.html' }).waitFor();
    await expect.poll(() => page.locator('h1.doc-title').textContent()).toBe(chongqing.title);
    expect(await page.locator('.unit-row.excluded, .row.excluded, .excluded').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('refuses an old .doc with a message naming the fix, and keeps the open project', async () => {
    const page = await openApp(web.browser(), web.server(), { acceptDialogs: true });
    const before = await page.locator('h1.doc-title').textContent();
    await page.locator('input[type=file][aria-label="Report file to import"]').setInputFiles({ name: 'old.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) });
    await page.locator('.notice', { hasText: 'save it as .docx' }).or(page.locator('.notice', { hasText: '.docx' })).first().waitFor();
    expect(await page.locator('h1.doc-title').textContent()).toBe(before);
    await page.close();
  });

  it('makes a new project from the clipboard: a browser\'s HTML pasted into the dialog goes through the same pipeline', async () => {
    const page = await openApp(web.browser(), web.server(), { acceptDialogs: true });
    await page.getByRole('button', { name: 'New Project from Clipboard…' }).click();
    const target = page.getByRole('textbox', { name: 'Paste the report here' });
    await target.waitFor();
    const html = readFileSync(fixturePath('pages/tuned/content-farm.html'), 'utf8');
    await target.evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, { html, text: nanan.lines.join('\n') });
    await page.locator('.notice', { hasText: 'clipboard' }).waitFor();
    await expect.poll(() => page.locator('h1.doc-title').textContent()).toBe(nanan.title);
    await page.close();
  });
});
