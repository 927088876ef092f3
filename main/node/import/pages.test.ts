import { describe, expect, it } from 'vitest';
import { pageFixtures, scoreFixture } from '../../../test/pages/scoreFixtures.js';

/**
 * Scraped pages imitating nine sites' layouts around the clean corpus reports (test/pages/layouts.ts):
 * six the detection was developed on, three held out. Each page is read as HTML (DOM and text method)
 * and as a scraper's text dump. Every furniture line must be excluded (with a reason), no report line
 * excluded, and the report's own title chosen.
 */
for (const set of ['tuned', 'heldout'] as const) {
  describe(`${set} page layouts`, () => {
    for (const page of pageFixtures(set)) {
      for (const kind of ['html', 'txt'] as const) {
        it(`${page.name}.${kind}: furniture excluded, the report whole, its title chosen`, async () => {
          const score = await scoreFixture(page, kind);
          const lost = score.misses.filter((m) => !m.startsWith('reason '));
          expect(lost).toEqual([]);
          expect(score.furnitureExcluded).toBe(score.furniture);
          expect(score.reportExcluded).toBe(0);
          expect(score.titleRight).toBe(true);
          // Reasons are the page's own labels on most lines; a different but fitting one (a footer menu called a toolbar) is allowed.
          expect(score.reasonRight / score.furniture).toBeGreaterThanOrEqual(0.6);
        }, 30_000);
      }
    }
  });
}
