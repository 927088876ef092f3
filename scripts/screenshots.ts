// Regenerates the README's screenshots from the real app in web mode: `npx tsx scripts/screenshots.ts`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, startWebMode, tempDirs } from '../e2e/harness.js';

const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

const TRANSLATIONS: Array<[number, string, boolean]> = [
  [1, 'Report on the Work of the Government of Nan’an District, Chongqing', true],
  [2, '— Delivered at the Fifth Session of the 19th People’s Congress of Nan’an District on 4 February 2024', true],
  [3, 'Wang Maochun, District Mayor, People’s Government of Nan’an District, Chongqing', true],
  [4, 'Fellow Deputies,', true],
  [5, 'On behalf of the People’s Government of Nan’an District, I now present to you this report on the work of the government for your deliberation, and I invite members of the District Committee of the CPPCC and other attendees to offer their comments.', false],
];

const dirs = tempDirs();
const server = await startWebMode(dirs);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.locator('.app[data-ready="true"]').waitFor();
  for (const [n, text, confirm] of TRANSLATIONS) {
    const editor = page.getByRole('textbox', { name: `English translation of paragraph ${n}`, exact: true });
    await editor.click();
    await page.keyboard.type(text, { delay: 0 });
    if (confirm) await page.keyboard.press('Control+Enter');
  }
  await page.getByRole('textbox', { name: 'English translation of paragraph 5', exact: true }).click();
  await page.screenshot({ path: `${out}workbench-en.png` });

  await page.locator('.unit-row[data-unit-id="u14"]').scrollIntoViewIfNeeded();
  await page.locator('.rows-pane').evaluate((el) => el.scrollBy(0, 400));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}excluded-chrome.png` });

  const gdp = page.locator('.unit-row', { hasText: '985.2亿元' });
  await gdp.scrollIntoViewIfNeeded();
  await gdp.getByRole('textbox').click();
  await page.keyboard.type(
    'In the first three quarters, gross regional product grew by 4.8 percent, 3.7 percent and 5.8 percent, ranking first, third and second among the central urban districts; for the year it grew by 6.7 percent to 985.2 billion yuan, first among the central urban districts.',
    { delay: 0 },
  );
  await page.getByRole('tab', { name: /Checks/ }).click();
  await page.getByRole('region', { name: 'Numbers' }).waitFor();
  await page.getByRole('region', { name: 'Numbers' }).locator('.finding-jump').first().click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}qa.png` });
  await page.getByRole('tab', { name: /Paragraph/ }).click();

  // Last year's memory: the GDP sentence with other figures, so the match shows its numbers marked.
  const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>
<tu><tuv xml:lang="zh-CN"><seg>南岸区地区生产总值前三季度分别增长4.1%、3.2%、5.0%,分别居中心城区第1、第3、第2,全年增长6.2%(达到900.1亿元)、居中心城区第1。</seg></tuv><tuv xml:lang="en"><seg>In the first three quarters, gross regional product grew by 4.1 percent, 3.2 percent and 5.0 percent; for the year it grew by 6.2 percent to 90.01 billion yuan, first among the central urban districts.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>全年增长6.7%(达到985.2亿元)、居中心城区第1。</seg></tuv><tuv xml:lang="en"><seg>For the year it grew by 6.7 percent to 98.52 billion yuan, first among the central urban districts.</seg></tuv></tu>
</body></tmx>`;
  await page.getByLabel('TMX or XLIFF file to import into your memory').setInputFiles({ name: 'nanan-2023.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) });
  await page.locator('.notice', { hasText: 'nanan-2023.tmx' }).waitFor();
  await gdp.getByRole('textbox').click();
  await page.getByRole('tab', { name: 'Memory' }).click();
  await page.locator('.tm-match').first().waitFor();
  await page.getByLabel('Chinese text or English words').fill('中心城区');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}memory.png` });
  await page.getByRole('tab', { name: /Paragraph/ }).click();

  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-CN');
  await page.locator('.rows-pane').evaluate((el) => el.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}workbench-zh.png` });
} finally {
  await browser.close();
  await server.stop();
}
