import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, NATIONAL } from '../test/corpus.js';
import { openApp, startWebMode, tempDirs, useBrowser } from './harness.js';

const browser = useBrowser();

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>
<tu><tuv xml:lang="zh-CN"><seg>各位代表：</seg></tuv><tuv xml:lang="en"><seg>Fellow Deputies,</seg></tuv></tu>
</body></tmx>`;

describe('progress of long work', () => {
  it('shows a progress bar while a report is imported and while a memory is read and indexed, and none after', async () => {
    const server = await startWebMode(tempDirs());
    try {
      const page = await openApp(browser(), server);
      // The back end answers late, as it does for a large file on a slow machine.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const hold = async (route: Route): Promise<void> => {
        await held;
        await route.continue();
      };
      await page.route('**/api/project.import', hold);
      await page.locator('input[type=file][aria-label="Report file to import"]').setInputFiles({ name: 'national.txt', mimeType: 'text/plain', buffer: Buffer.from(fixtureBytes(NATIONAL)) });
      const bar = page.locator('.work-progress');
      await bar.getByText('Importing national.txt…').waitFor();
      expect(await bar.getByRole('progressbar', { name: 'Importing national.txt…' }).count()).toBe(1);
      release();
      await page.locator('.notice', { hasText: 'national.txt' }).waitFor();
      await expect.poll(() => bar.count()).toBe(0);

      let releaseMemory: () => void = () => undefined;
      const heldMemory = new Promise<void>((resolve) => (releaseMemory = resolve));
      await page.route('**/api/tm.importFile', async (route) => {
        await heldMemory;
        await route.continue();
      });
      await page.getByLabel('TMX or XLIFF file to import into your memory').setInputFiles({ name: 'memory.tmx', mimeType: 'application/xml', buffer: Buffer.from(TMX) });
      await bar.getByText('Reading memory.tmx…').waitFor();
      releaseMemory();
      await page.locator('.notice', { hasText: 'memory.tmx' }).waitFor();
      await expect.poll(() => bar.count()).toBe(0);
    } finally {
      await server.stop();
    }
  });
});
