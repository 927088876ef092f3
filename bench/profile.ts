// Developer aid, not a benchmark: where the time goes when Chromium opens (`--load`) or types into
// (`--typing`, the default) a synthetic project. `--units N` (default 2000). Build the renderer with
// `npx vite build --config vite.renderer.config.ts --minify false` first to read function names.
//   npx tsx bench/profile.ts --typing [--trace]   CPU profile (or timeline events with --trace) of 100 keys
//   npx tsx bench/profile.ts --load               CPU profile and marks of opening the project
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { serializeProjectFile } from '../src/document/projectFile.js';
import { launchChromium, startWebMode } from '../e2e/harness.js';
import { syntheticProject } from '../test/synthetic.js';

const { values } = parseArgs({ options: { load: { type: 'boolean' }, typing: { type: 'boolean' }, trace: { type: 'boolean' }, units: { type: 'string' }, glossary: { type: 'string' } } });
const units = Number(values.units ?? 2000);

type Profile = { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] };

function printTop(entries: Map<string, number>, counts?: Map<string, number>): void {
  for (const [k, v] of [...entries.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(v.toFixed(1).padStart(8), 'ms', counts ? String(counts.get(k)).padStart(6) : '', k);
  }
}

async function cpuProfile(cdp: CDPSession, work: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  printTop(self);
}

async function timeline(cdp: CDPSession, work: () => Promise<void>): Promise<void> {
  const events: Array<{ name: string; dur?: number; ph: string }> = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as typeof events));
  });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' });
  await work();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  const totals = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
    counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  }
  printTop(totals, counts);
}

const base = mkdtempSync(join(tmpdir(), 'duizhao-profile-'));
const dirs = { home: join(base, 'home'), workspace: join(base, 'workspace') };
mkdirSync(dirs.workspace, { recursive: true });
const path = join(dirs.workspace, 'profile.duizhao');
const project = syntheticProject(units);
if (values.glossary) {
  // The starter glossary plus synthetic entries, as the bench's glossary5k case.
  const { readFileSync } = await import('node:fs');
  const { createGlossary, parseGlossary, serializeGlossary } = await import('../src/glossary/glossaryFile.js');
  const { syntheticGlossary } = await import('../test/syntheticGlossary.js');
  const { corpusText } = await import('../test/synthetic.js');
  const starter = parseGlossary(readFileSync(new URL('../assets/glossary/starter.duizhao-glossary', import.meta.url), 'utf8'));
  if (!starter.ok) throw new Error(starter.error.code);
  writeFileSync(join(dirs.workspace, 'bench.duizhao-glossary'), serializeGlossary(createGlossary('bench', [...starter.value.entries, ...syntheticGlossary(Number(values.glossary), corpusText(300_000), 7)])));
  project.glossaries = ['bench.duizhao-glossary'];
}
writeFileSync(path, serializeProjectFile(project));
const server = await startWebMode({ ...dirs, args: [path] });
const browser = await launchChromium();
const page: Page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
try {
  if (values.load) {
    await cpuProfile(cdp, async () => {
      await page.goto(server.url);
      await page.waitForSelector('.ProseMirror[contenteditable="true"] .unit-row[data-unit-id="u2"] .target-editor');
    });
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)} ms`));
    console.log(marks.join('\n'));
  } else {
    await page.goto(server.url);
    await page.waitForSelector(`.unit-row[data-unit-id="u${units}"]`, { state: 'attached' });
    const row = page.locator(`.unit-row[data-unit-id="u${Math.floor(units / 2)}"]`);
    await row.scrollIntoViewIfNeeded();
    await row.locator('.target-editor').click();
    console.log('mounted editors:', await page.evaluate(() => document.querySelectorAll('.ProseMirror').length));
    const type = async (): Promise<void> => {
      for (let i = 0; i < 100; i++) await page.keyboard.press('a');
    };
    await (values.trace ? timeline(cdp, type) : cpuProfile(cdp, type));
  }
} finally {
  await browser.close();
  await server.stop();
}
