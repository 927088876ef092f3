import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { heldOutPages, tunedPages, type Page } from './layouts.js';

/**
 * Writes the test pages as fixtures (`npx tsx test/pages/writePages.ts`): for each layout its HTML page,
 * the scraper's text dump of it, and what every line is (`<name>.json`). Run again after changing a layout.
 */
function write(set: string, pages: readonly Page[]): void {
  const dir = fileURLToPath(new URL(`../fixtures/pages/${set}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const page of pages) {
    writeFileSync(`${dir}${page.name}.html`, page.html);
    writeFileSync(`${dir}${page.name}.txt`, page.text);
    writeFileSync(`${dir}${page.name}.json`, `${JSON.stringify({ title: page.title, blocks: page.blocks.map((b) => ({ text: b.text, role: b.role })) }, null, 1)}\n`);
  }
}

write('tuned', tunedPages());
write('heldout', heldOutPages());
