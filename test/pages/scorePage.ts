import type { ProjectDescription } from '../../main/cli/describeProject.js';
import type { Block, Page } from './layouts.js';

/** How an import of a test page compares with what its blocks are. */
export interface PageScore {
  readonly furniture: number;
  readonly furnitureExcluded: number;
  /** Furniture excluded with the reason the page says. */
  readonly reasonRight: number;
  readonly reportLines: number;
  readonly reportExcluded: number;
  readonly titleRight: boolean;
  /** What went wrong, for a failing test's message. */
  readonly misses: readonly string[];
}

const norm = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

/**
 * Scores an import: a furniture block counts as excluded when an excluded unit has its text and no
 * kept unit does; a report block counts as lost when its text is in no kept unit (a block joined to
 * its neighbours by the importer is found inside the joined unit).
 */
export function scorePage(page: Page, description: ProjectDescription): PageScore {
  const keptUnits = description.units.filter((u) => !u.excluded).map((u) => norm(u.source));
  const keptText = keptUnits.join('\n');
  // Excluded units still unclaimed by a furniture block, so two identical lines need two exclusions.
  const excluded = description.units.filter((u) => u.excluded).map((u) => ({ text: norm(u.source), reason: u.excludedReason, taken: false }));
  const reportCopies = new Map<string, number>();
  for (const b of page.blocks) if (b.role === 'report') reportCopies.set(norm(b.text), (reportCopies.get(norm(b.text)) ?? 0) + 1);
  const misses: string[] = [];
  let furniture = 0;
  let furnitureExcluded = 0;
  let reasonRight = 0;
  let reportLines = 0;
  let reportExcluded = 0;
  for (const block of page.blocks as Block[]) {
    const text = norm(block.text);
    if (block.role === 'report') {
      reportLines++;
      if (!keptText.includes(text)) {
        reportExcluded++;
        misses.push(`report line excluded: ${block.text.slice(0, 40)}`);
      }
      continue;
    }
    furniture++;
    const unit = excluded.find((u) => !u.taken && u.text === text) ?? excluded.find((u) => !u.taken && u.text.includes(text));
    const keptCopies = keptUnits.filter((k) => k === text).length;
    if (unit && keptCopies <= (reportCopies.get(text) ?? 0)) {
      unit.taken = unit.text === text;
      furnitureExcluded++;
      if (unit.reason === block.role) reasonRight++;
      else misses.push(`reason ${unit.reason ?? 'none'} for ${block.role}: ${block.text.slice(0, 40)}`);
    } else {
      misses.push(`furniture kept (${block.role}): ${block.text.slice(0, 40)}`);
    }
  }
  const titleRight = description.title !== null && norm(description.title) === norm(page.title);
  if (!titleRight) misses.push(`title: ${description.title ?? '(none)'}`);
  return { furniture, furnitureExcluded, reasonRight, reportLines, reportExcluded, titleRight, misses };
}
