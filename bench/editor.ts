import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { Fragment, type Node as PmNode } from 'prosemirror-model';
import { launchChromium, startWebMode } from '../e2e/harness.js';
import { createGlossary, parseGlossary, serializeGlossary } from '../src/glossary/glossaryFile.js';
import { serializeProjectFile, type ProjectFile } from '../src/document/projectFile.js';
import { schema } from '../src/document/schema.js';
import { toSentenceMode } from '../src/document/segments.js';
import { corpusText, syntheticProject } from '../test/synthetic.js';
import { syntheticGlossary } from '../test/syntheticGlossary.js';

type Record = (name: string, value: number, unit: string) => void;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: readonly number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** The second row's English, editable: in the one-document editor, and in the previous design's row editors. */
const EDITABLE_ROW = '.ProseMirror[contenteditable="true"] .unit-row[data-unit-id="u2"] .target-editor, .unit-row[data-unit-id="u2"] .target-editor[contenteditable="true"]';

/**
 * Installed before the page loads: notes when the second row's English is first editable (the first
 * row is the title), measured in the page itself rather than by the driver's polling.
 */
const READY_PROBE = `(() => {
  const check = () => {
    if (window.__editableAt === undefined && document.querySelector(${JSON.stringify(EDITABLE_ROW)})) {
      window.__editableAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['contenteditable'] });
})();`;

/**
 * How frames are made while keys are timed.
 * - `paced`: as on a screen, a frame every 16.7 ms (60 Hz). A key waits for the next frame, so even an
 *   empty text box shows about 16 ms at the 95th percentile: the figure is bounded by the refresh rate.
 * - `unpaced`: Chromium makes a frame as soon as there is something to paint (no frame-rate limit, no
 *   vsync), so the time from a key to its painted frame is the work the key costs: the style, layout
 *   and paint of the frame included, the wait for the screen's next refresh left out. This is the
 *   figure to hold against a frame's budget of 16 ms.
 */
type Pacing = 'paced' | 'unpaced';
const UNPACED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

const KEYS = 'the quick brown fox jumps over the lazy dog and keeps on typing into the middle of a long report ';

/**
 * Types `count` keys into `editor` (already focused), each timed from the key event's timestamp to the
 * end of the next rendered frame (a task queued from the frame's animation callback runs after its paint).
 * Each key is sent once the previous one is painted. With `pauses`, a pause of 260 ms after every
 * tenth key: the panels' quarter-second refresh runs, and the next key lands in it.
 */
async function timeKeys(page: Page, count: number, pauses = false): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __pending: Promise<void> | null };
    w.__latencies = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        w.__pending = new Promise((resolve) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              w.__latencies.push(performance.now() - t0);
              resolve();
            }, 0),
          ),
        );
      },
      true,
    );
  });
  for (let i = 0; i < count; i++) {
    const key = KEYS[i % KEYS.length] as string;
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.evaluate(() => (window as unknown as { __pending: Promise<void> | null }).__pending);
    if (pauses && i % 10 === 9) await page.waitForTimeout(260);
  }
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

/**
 * Waits until the page has finished the work it does when idle after opening (the checks' number
 * models and dictionary, the project-wide checks, the term highlights): three idle periods in a row
 * of the longest length Chromium grants (50 ms), or 10 s. Answers how long that took.
 */
export async function settled(page: Page): Promise<number> {
  // A string, not a function: the bench runs under tsx, whose transform names inner functions with a helper the page lacks.
  return page.evaluate<number>(`new Promise((resolve) => {
    const start = performance.now();
    let calm = 0;
    requestIdleCallback(function look(deadline) {
      calm = deadline.timeRemaining() >= 49 ? calm + 1 : 0;
      if (calm >= 3 || performance.now() - start > 10000) resolve(performance.now() - start);
      else requestIdleCallback(look);
    });
  })`);
}

/** Records the percentiles of one case's keys and returns the 95th. */
function recordKeys(record: Record, name: string, latencies: readonly number[]): number {
  record(`${name}_keystroke_p50`, percentile(latencies, 50), 'ms');
  record(`${name}_keystroke_p95`, percentile(latencies, 95), 'ms');
  record(`${name}_keystrokes`, latencies.length, 'keys');
  return percentile(latencies, 95);
}

interface EditorCase {
  /** The figures' prefix, e.g. `editor_glossary5k`. */
  readonly name: string;
  readonly units: number;
  /** Time opening the project until a row is editable (paced runs only). */
  readonly measureLoad?: boolean;
  /** Synthetic glossary entries added to the starter glossary, linked to the project. */
  readonly glossaryEntries?: number;
  /** Every paragraph in sentence mode, typing into one sentence cell. */
  readonly sentenceMode?: boolean;
  readonly pauses?: boolean;
}

/**
 * The synthetic project of a case in fresh folders: `units` paragraphs, with the starter glossary plus
 * `glossaryEntries` synthetic entries linked to it, every paragraph in sentence mode if asked.
 */
export function writeBenchProject(test: Pick<EditorCase, 'units' | 'glossaryEntries' | 'sentenceMode'>): { dirs: { home: string; workspace: string }; path: string; project: ProjectFile } {
  const base = mkdtempSync(join(tmpdir(), 'duizhao-bench-'));
  const dirs = { home: join(base, 'home'), workspace: join(base, 'workspace') };
  mkdirSync(dirs.workspace, { recursive: true });
  const project = syntheticProject(test.units);
  if (test.glossaryEntries) {
    const starter = parseGlossary(readFileSync(fileURLToPath(new URL('../assets/glossary/starter.duizhao-glossary', import.meta.url)), 'utf8'));
    if (!starter.ok) throw new Error(starter.error.code);
    const extra = syntheticGlossary(test.glossaryEntries, corpusText(300_000), 7);
    writeFileSync(join(dirs.workspace, 'bench.duizhao-glossary'), serializeGlossary(createGlossary('bench', [...starter.value.entries, ...extra])));
    project.glossaries = ['bench.duizhao-glossary'];
  }
  if (test.sentenceMode) {
    const doc = schema.nodeFromJSON(project.doc);
    const units: PmNode[] = [];
    doc.forEach((u) => void units.push(toSentenceMode(u) ?? u));
    project.doc = doc.copy(Fragment.from(units)).toJSON() as typeof project.doc;
  }
  const path = join(dirs.workspace, 'bench.duizhao');
  writeFileSync(path, serializeProjectFile(project));
  return { dirs, path, project };
}

/**
 * In Chromium: a project of `units` paragraphs until its rows are visible and editable, then 200 keys
 * typed into a paragraph in the middle once the page has settled (`settled`). Returns the keys' 95th
 * percentile.
 */
async function benchEditor(record: Record, browser: Browser, test: EditorCase, pacing: Pacing, bundle?: string): Promise<number> {
  const { dirs, path, project } = writeBenchProject(test);
  const name = pacing === 'paced' ? test.name : `unpaced_${test.name}`;
  if (pacing === 'paced') {
    const chars = (project.doc as { content: Array<{ content: Array<{ content?: Array<{ text: string }> }> }> }).content.reduce(
      (n, u) => n + (u.content[0]?.content ?? []).reduce((m, t) => m + t.text.length, 0),
      0,
    );
    record(`${name}_project_units`, test.units, 'paragraphs');
    record(`${name}_project_chars`, chars, 'chars');
  }

  const server = await startWebMode({ ...dirs, args: [path], ...(bundle ? { bundle } : {}) });
  try {
    if (test.measureLoad && pacing === 'paced') {
      const loads: number[] = [];
      for (let i = 0; i < 4; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.addInitScript(READY_PROBE);
        await page.goto(server.url);
        await page.waitForFunction(() => (window as unknown as { __editableAt?: number }).__editableAt !== undefined);
        if (i > 0) loads.push(await page.evaluate(() => (window as unknown as { __editableAt: number }).__editableAt));
        await page.close();
      }
      record(`${name}_rows_editable_median`, median(loads), 'ms');
    }

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector(test.sentenceMode ? '.ProseMirror[contenteditable="true"] .unit-row[data-unit-id="u2"] .segment-editor' : EDITABLE_ROW);
    const row = page.locator(`.unit-row[data-unit-id="u${Math.floor(test.units / 2)}"]`);
    await row.scrollIntoViewIfNeeded();
    const editor: Locator = test.sentenceMode ? row.locator('.segment-editor').first() : row.locator('.target-editor');
    await editor.waitFor();
    await editor.click();
    // Typing starts once the page is idle: the keys time typing into an open report, not its opening.
    record(`${name}_settled_after`, await settled(page), 'ms');
    const latencies = await timeKeys(page, 200, test.pauses);
    const typed = await editor.textContent();
    if (!typed || typed.length < 200) throw new Error(`typing did not land in the editor: ${typed?.length ?? 0} characters`);
    const p95 = recordKeys(record, name, latencies);
    if (test.pauses) {
      const afterPause = latencies.filter((_, i) => i > 0 && i % 10 === 0);
      record(`${name}_after_pause_p50`, percentile(afterPause, 50), 'ms');
      record(`${name}_after_pause_max`, Math.max(...afterPause), 'ms');
    }
    await page.close();
    return p95;
  } finally {
    await server.stop();
  }
}

/**
 * The control: the same keys into a bare `<textarea>` in the same browser, nothing else on the page.
 * What no editor can beat with this method, shown beside the editor's floor.
 */
async function benchTextarea(record: Record, browser: Browser, pacing: Pacing): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.setContent('<textarea style="width: 600px; height: 300px"></textarea>');
  await page.locator('textarea').click();
  const latencies = await timeKeys(page, 200);
  const typed = await page.locator('textarea').inputValue();
  if (typed.length < 200) throw new Error(`typing did not land in the text box: ${typed.length} characters`);
  await page.close();
  return recordKeys(record, pacing === 'paced' ? 'control_textarea' : 'unpaced_control_textarea', latencies);
}

/**
 * The editor on 2,000 paragraphs (with and without a glossary of 5,000 entries more than the starter
 * glossary) and on 20 (the floor: the same method on a project too small for its size to cost
 * anything), so the ratio shows what size costs. Every case is timed twice, in a browser whose frames
 * are paced at 60 Hz and in one that paints as soon as it can (see `Pacing`); the unpaced figures are
 * prefixed `unpaced_`. With `--previous=<folder>` (a checkout of an earlier version, built with
 * `node scripts/build.mjs all`), the same figures for that version's web mode, measured in the same
 * run, prefixed `previous_`. `editor_sentences`: the 2,000 paragraphs all in sentence mode, typing into
 * one sentence cell (for a previous version too when it has sentence mode). `--sentences`: the
 * paragraph and sentence cases and the floor only (no glossary, no load time), to compare the two
 * modes, and `editor_sentences_pauses`: the same keys with a pause of 260 ms after every tenth, the
 * first key after each landing in the panels' refresh.
 */
export async function benchEditors(record: Record): Promise<void> {
  const previous = process.argv.find((a) => a.startsWith('--previous='))?.slice('--previous='.length);
  const sentencesOnly = process.argv.includes('--sentences');
  const designs: Array<{ prefix: string; bundle?: string }> = [{ prefix: '' }];
  if (previous) designs.push({ prefix: 'previous_', bundle: join(previous, 'out', 'cli', 'web.mjs') });
  for (const pacing of ['paced', 'unpaced'] as const) {
    const browser = await launchChromium(pacing === 'unpaced' ? UNPACED_ARGS : []);
    // `editor_keystroke_p95_ratio_to_baseline`: a case's 95th percentile over its floor's.
    const ratio = (p95: ReadonlyMap<string, number>, name: string, floor: string, label: string): void =>
      record(`${pacing === 'paced' ? '' : 'unpaced_'}${name}_keystroke_p95_ratio_to_${label}`, (p95.get(name) ?? NaN) / (p95.get(floor) ?? NaN), 'x');
    try {
      await benchTextarea(record, browser, pacing);
      for (const { prefix, bundle } of designs) {
        const sentences = !bundle || existsSync(join(previous ?? '', 'src', 'document', 'segments.ts'));
        const cases: EditorCase[] = [
          { name: `${prefix}editor`, units: 2000, measureLoad: !sentencesOnly },
          ...(sentencesOnly ? [] : [{ name: `${prefix}editor_glossary5k`, units: 2000, measureLoad: true, glossaryEntries: 5000 }]),
          { name: `${prefix}editor_baseline20`, units: 20 },
          ...(sentences ? [{ name: `${prefix}editor_sentences`, units: 2000, sentenceMode: true }] : []),
          // Typing in bursts: the first key after each pause waits for the panels' refresh (--sentences only).
          ...(sentences && sentencesOnly ? [{ name: `${prefix}editor_sentences_pauses`, units: 2000, sentenceMode: true, pauses: true }] : []),
          // The floor with the same glossary, loaded the same way: what the glossary costs whatever the size.
          ...(sentencesOnly ? [] : [{ name: `${prefix}editor_baseline20_glossary5k`, units: 20, glossaryEntries: 5000 }]),
        ];
        const p95 = new Map<string, number>();
        for (const test of cases) p95.set(test.name, await benchEditor(record, browser, test, pacing, bundle));
        const floor = `${prefix}editor_baseline20`;
        ratio(p95, `${prefix}editor`, floor, 'baseline');
        if (sentences) ratio(p95, `${prefix}editor_sentences`, floor, 'baseline');
        if (sentencesOnly) continue;
        ratio(p95, `${prefix}editor_glossary5k`, floor, 'baseline');
        ratio(p95, `${prefix}editor_glossary5k`, `${prefix}editor_baseline20_glossary5k`, 'baseline_glossary5k');
      }
    } finally {
      await browser.close();
    }
  }
}
