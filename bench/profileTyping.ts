// Developer aid: trace 100 keystrokes in the middle of the 2,000-paragraph project, timeline events by total time.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeProjectFile } from '../src/document/projectFile.js';
import { launchChromium, startWebMode } from '../e2e/harness.js';
import { syntheticProject } from './corpus.js';

const base = mkdtempSync(join(tmpdir(), 'duizhao-prof-'));
const dirs = { home: join(base, 'home'), workspace: join(base, 'ws') };
mkdirSync(dirs.workspace, { recursive: true });
const path = join(dirs.workspace, 'bench.duizhao');
const UNITS = Number(process.env["UNITS"] ?? 2000);
writeFileSync(path, serializeProjectFile(syntheticProject(UNITS)));
const server = await startWebMode({ ...dirs, args: [path] });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(server.url);
await page.waitForSelector(`.unit-row[data-unit-id="u${UNITS}"]`, { state: 'attached' });
const editor = page.locator(`.unit-row[data-unit-id="u${UNITS / 2}"] .target-editor`);
await page.locator(`.unit-row[data-unit-id="u${UNITS / 2}"]`).scrollIntoViewIfNeeded();
await editor.click();
console.log('mounted editors:', await page.evaluate(() => document.querySelectorAll('.ProseMirror').length), 'rows:', await page.evaluate(() => document.querySelectorAll('.unit-row').length));
const cdp = await page.context().newCDPSession(page);
if (process.env['CPU']) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 100; i++) await page.keyboard.press('a');
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), 'ms', k);
  await browser.close();
  await server.stop();
  process.exit(0);
}
const events: Array<{ name: string; dur?: number; ph: string }> = [];
cdp.on('Tracing.dataCollected', (e) => {
  events.push(...(e.value as unknown as Array<{ name: string; dur?: number; ph: string }>));
});
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' });
for (let i = 0; i < 100; i++) await page.keyboard.press('a');
await page.waitForTimeout(200);
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
await done;
const totals = new Map<string, [number, number]>();
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  const t = totals.get(e.name) ?? [0, 0];
  totals.set(e.name, [t[0] + e.dur / 1000, t[1] + 1]);
}
for (const [k, [ms, n]] of [...totals.entries()].sort((a, b) => b[1][0] - a[1][0]).slice(0, 30)) console.log(ms.toFixed(1).padStart(8), 'ms', String(n).padStart(5), k);
await browser.close();
await server.stop();
