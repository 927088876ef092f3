import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeProject } from '../../main/cli/describeProject.js';
import { createProjectFile } from '../../src/document/projectFile.js';
import { readReport } from '../../main/node/import/readReport.js';
import type { Page } from './layouts.js';
import { scorePage, type PageScore } from './scorePage.js';

/** The page fixtures of a set (`tuned` or `heldout`), as written by writePages.ts. */
export function pageFixtures(set: 'tuned' | 'heldout'): Array<Omit<Page, 'html' | 'text'> & { dir: string }> {
  const dir = fileURLToPath(new URL(`../fixtures/pages/${set}/`, import.meta.url));
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ name: n.slice(0, -5), dir, ...(JSON.parse(readFileSync(dir + n, 'utf8')) as Pick<Page, 'title' | 'blocks'>) }));
}

/** Imports one fixture page (its HTML or its text dump) the way the app does, and scores the result. */
export async function scoreFixture(page: ReturnType<typeof pageFixtures>[number], kind: 'html' | 'txt'): Promise<PageScore> {
  const result = await readReport(`${page.name}.${kind}`, new Uint8Array(readFileSync(`${page.dir}${page.name}.${kind}`)));
  if (!result.ok) throw new Error(`${page.name}.${kind}: ${result.error.code}`);
  const at = '2026-01-01T00:00:00.000Z';
  const file = createProjectFile(result.value.doc, { fileName: page.name, sha256: '0'.repeat(64), encoding: result.value.encoding, format: result.value.format, importedAt: at }, at);
  return scorePage({ ...page, html: '', text: '' }, describeProject(file, result.value.doc));
}

/** The figures of a whole set: furniture excluded, reasons as labelled, report lines excluded, titles right. */
export async function scoreSet(set: 'tuned' | 'heldout'): Promise<{ furniture: number; furnitureExcluded: number; reasonRight: number; reportLines: number; reportExcluded: number; titles: number; titlesRight: number }> {
  const total = { furniture: 0, furnitureExcluded: 0, reasonRight: 0, reportLines: 0, reportExcluded: 0, titles: 0, titlesRight: 0 };
  for (const page of pageFixtures(set)) {
    for (const kind of ['html', 'txt'] as const) {
      const s = await scoreFixture(page, kind);
      total.furniture += s.furniture;
      total.furnitureExcluded += s.furnitureExcluded;
      total.reasonRight += s.reasonRight;
      total.reportLines += s.reportLines;
      total.reportExcluded += s.reportExcluded;
      total.titles++;
      if (s.titleRight) total.titlesRight++;
    }
  }
  return total;
}
