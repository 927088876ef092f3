// Developer aid, not a benchmark: where the time goes when Chromium opens (`--load`) or types into
// (`--typing`, the default) a synthetic project. `--units N` (default 2000). Build the renderer with
// `npx vite build --config vite.renderer.config.ts --minify false` first to read function names.
//   npx tsx bench/profile.ts --typing [--trace]   CPU profile (or timeline events with --trace) of 100 keys
//   npx tsx bench/profile.ts --load               CPU profile and marks of opening the project
//   --pause MS: a pause of MS ms after every tenth key (260: the next key lands as the panels' quarter-second refresh runs)
//   --sentences: every paragraph in sentence mode, typing into a sentence cell (the bench's editor_sentences)
//   --at N: type into paragraph N (default: the middle one); --unpaced: frames made as soon as there is something to paint (the bench's unpaced_ figures)
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, startWebMode } from '../e2e/harness.js';
import { settled, writeBenchProject } from './editor.js';

const { values } = parseArgs({ options: { load: { type: 'boolean' }, typing: { type: 'boolean' }, trace: { type: 'boolean' }, sentences: { type: 'boolean' }, pause: { type: 'string' }, units: { type: 'string' }, at: { type: 'string' }, unpaced: { type: 'boolean' }, glossary: { type: 'string' } } });
const units = Number(values.units ?? 2000);
const KEYS = 100;

type Profile = { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] };

function printTop(entries: Map<string, number>, counts?: Map<string, number>, per = 0, n = 25): void {
  for (const [k, v] of [...entries.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(v.toFixed(1).padStart(8), 'ms', per ? `${(v / per).toFixed(2).padStart(6)} ms/key` : '', counts ? String(counts.get(k)).padStart(6) : '', k);
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
  printTop(self, undefined, KEYS);
  // Inclusive time: a sample counts for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes as Array<{ id: number; children?: number[] }>) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  console.log('--- inclusive');
  printTop(total, undefined, KEYS, Number(process.env.TOPN ?? 45));
  // CALLERS=name: where the time of a function comes from (the nearest caller of another name on each sample's stack).
  const callee = process.env.CALLERS;
  if (!callee) return;
  const callers = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      stack.push(`${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`);
    }
    const at = stack.findIndex((k) => k.startsWith(`${callee} `));
    if (at < 0) return;
    const chain = stack.slice(at + 1).filter((k) => !k.startsWith(`${callee} `)).slice(0, 4).join(' < ');
    callers.set(chain, (callers.get(chain) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`--- callers of ${callee}`);
  printTop(callers, undefined, KEYS, 15);
}

async function timeline(cdp: CDPSession, work: () => Promise<void>): Promise<void> {
  const events: Array<{ name: string; dur?: number; ph: string; ts: number; tid: number; pid: number }> = [];
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
  printTop(totals, counts, KEYS);
  // Self time: an event's duration less that of the events nested in it on the same thread.
  const self = new Map<string, number>();
  const byThread = new Map<string, typeof events>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const k = `${e.pid}:${e.tid}`;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k)?.push(e);
  }
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: Array<{ name: string; end: number; self: number }> = [];
    const pop = (): void => {
      const top = stack.pop();
      if (top) self.set(top.name, (self.get(top.name) ?? 0) + top.self / 1000);
    };
    for (const e of list) {
      while (stack.length && (stack[stack.length - 1]?.end ?? 0) <= e.ts) pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.self -= e.dur ?? 0;
      stack.push({ name: e.name, end: e.ts + (e.dur ?? 0), self: e.dur ?? 0 });
    }
    while (stack.length) pop();
  }
  console.log('--- self');
  printTop(self, counts, KEYS, 30);
  slowKeys(events as unknown as TraceEvent[]);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { type?: string; functionName?: string; url?: string; lineNumber?: number } };
}

/**
 * The slowest keys: from each keydown to the end of the next frame's paint on the renderer's main
 * thread, and the tasks that ran in that window with their largest nested events (JS by function).
 */
function slowKeys(events: TraceEvent[]): void {
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (!keydowns.length) return;
  const main = keydowns[0] as TraceEvent;
  const thread = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts);
  // Top-level events: those not nested in another on the thread.
  const tasks: TraceEvent[] = [];
  let end = -1;
  for (const e of thread) {
    if (e.ts >= end) {
      tasks.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  const paints = thread.filter((e) => e.name === 'Paint' || e.name === 'PaintArtifactCompositor::Update');
  const windows = keydowns.map((k) => {
    const paint = paints.find((p) => p.ts > k.ts);
    return { start: k.ts, end: paint ? paint.ts + (paint.dur ?? 0) : k.ts };
  });
  const label = (e: TraceEvent): string => {
    const d = e.args?.data;
    return d?.functionName !== undefined ? `${e.name} ${d.functionName || '(anon)'} ${String(d.url ?? '').split('/').pop()}:${d.lineNumber}` : d?.type ? `${e.name} ${d.type}` : e.name;
  };
  const series = (name: string): string => thread.filter((e) => e.name === name).map((e) => ((e.dur ?? 0) / 1000).toFixed(0)).join(' ');
  console.log('--- Editor::SyncSelection per key, in order:', series('Editor::SyncSelection'));
  console.log('--- Paint phase per frame, in order:', series('LocalFrameView::RunPaintLifecyclePhase'));
  console.log('--- key windows, in order:', windows.map((w) => ((w.end - w.start) / 1000).toFixed(0)).join(' '));
  const longOnes = tasks.filter((t) => (t.dur ?? 0) > 4000);
  console.log(`--- top-level tasks over 4 ms: ${longOnes.length}`);
  for (const t of longOnes) {
    const inner = thread.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t && (e.dur ?? 0) > 2000 && (e.name === 'FunctionCall' || e.name === 'FireIdleCallback' || e.name === 'TimerFire' || e.name === 'EventDispatch' || e.name.startsWith('Editor::') || e.name.startsWith('Paint')));
    console.log(`   ${label(t)} ${((t.dur ?? 0) / 1000).toFixed(1)}: ${inner.slice(0, 8).map((e) => `${label(e)} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(' | ')}`);
  }
  console.log('--- slowest keys (ms from keydown to the end of the next paint) and the tasks in them');
  for (const w of [...windows].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, 8)) {
    console.log(`${((w.end - w.start) / 1000).toFixed(1)} ms`);
    for (const t of tasks.filter((t) => t.ts + (t.dur ?? 0) > w.start && t.ts < w.end && (t.dur ?? 0) > 1000)) {
      const inner = thread.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t && (e.dur ?? 0) > 700);
      console.log(`   ${label(t)} ${((t.dur ?? 0) / 1000).toFixed(1)} ms: ${inner.slice(0, 14).map((e) => `${label(e)} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(' | ')}`);
    }
  }
}

const { dirs, path } = writeBenchProject({ units, glossaryEntries: Number(values.glossary ?? 0), sentenceMode: values.sentences ?? false });
const server = await startWebMode({ ...dirs, args: [path] });
const browser = await launchChromium(values.unpaced ? ['--disable-frame-rate-limit', '--disable-gpu-vsync'] : []);
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
    const row = page.locator(`.unit-row[data-unit-id="u${values.at ?? Math.floor(units / 2)}"]`);
    await row.scrollIntoViewIfNeeded();
    await row.locator(values.sentences ? '.segment-editor' : '.target-editor').first().click();
    console.log('mounted editors:', await page.evaluate(() => document.querySelectorAll('.ProseMirror').length));
    // As the bench does: keys once the page is idle after opening.
    console.log('settled after (ms):', Math.round(await settled(page)));
    // The bench's keys, each waited for until the frame after it is painted (as the bench does).
    await page.evaluate(() => {
      const w = window as unknown as { __pending: Promise<void> | null };
      document.addEventListener('keydown', () => {
        w.__pending = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }, true);
    });
    const keys = 'the quick brown fox jumps over the lazy dog and keeps on typing into the middle of a long report ';
    const type = async (): Promise<void> => {
      for (let i = 0; i < KEYS; i++) {
        await page.keyboard.press(keys[i % keys.length] === ' ' ? 'Space' : (keys[i % keys.length] as string));
        await page.evaluate(() => (window as unknown as { __pending: Promise<void> | null }).__pending);
        if (values.pause && i % 10 === 9) await page.waitForTimeout(Number(values.pause));
      }
    };
    await (values.trace ? timeline(cdp, type) : cpuProfile(cdp, type));
  }
} finally {
  await browser.close();
  await server.stop();
}
