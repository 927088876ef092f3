// Developer aid: CPU profile of opening the 2,000-paragraph project in Chromium, top self-time functions.
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
writeFileSync(path, serializeProjectFile(syntheticProject(2000)));
const server = await startWebMode({ ...dirs, args: [path] });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(server.url);
await page.waitForSelector('.unit-row[data-unit-id="u2"] .target-editor[contenteditable="true"]');
console.log('ready at', await page.evaluate(() => performance.now()));
console.log(await page.evaluate(() => JSON.stringify(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]).concat(performance.getEntriesByType('navigation').map((n) => ['domContentLoaded', Math.round((n as PerformanceNavigationTiming).domContentLoadedEventEnd)])))));
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>; samples: number[]; timeDeltas: number[] } };
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
