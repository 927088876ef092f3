/**
 * The processor cost of review mode per keystroke, without a browser: 2,000 paragraphs (the first
 * translated: 60 %) in the one EditorState with every editor plugin; 400 keys typed into a confirmed
 * paragraph in the middle with review mode off and on (every key then a tracked change, its record
 * rewritten and its decorations redrawn), interleaved in the same process so the ratio holds under
 * load. Run: `npx tsx bench/reviewKeystroke.ts`.
 */
import { EditorState, TextSelection } from 'prosemirror-state';
import { toEditorDoc, forEachUnit } from '../src/document/chunks.js';
import { schema } from '../src/document/schema.js';
import { unitAttrs } from '../src/document/unitAttrs.js';
import { editorPlugins, type EditorServices } from '../renderer/editor/commands.js';
import { allChanges } from '../renderer/editor/review.js';
import { sidesOf } from '../renderer/editor/transactions.js';
import { syntheticProject } from '../test/synthetic.js';

const services = (on: boolean): EditorServices => ({
  occurrences: () => [],
  rendering: () => null,
  memoryMatch: () => null,
  selectMatch: () => undefined,
  notify: () => undefined,
  reviewer: () => ({ on, author: 'Bench Reviewer' }),
  describeChange: (kind, c) => `${kind} ${c.author}`,
});

const project = syntheticProject(2000, 0.6);
const doc = toEditorDoc(schema.nodeFromJSON(project.doc));
const text = 'the quick brown fox jumps over the lazy dog and keeps on typing into the middle of a long report ';

function start(on: boolean): EditorState {
  const state = EditorState.create({ doc, plugins: editorPlugins(services(on)) });
  // The first confirmed paragraph after the middle of the report.
  let at: number | null = null;
  forEachUnit(state.doc, (unit, pos, index) => {
    if (at !== null || index < 1000 || unitAttrs(unit).status !== 'translated') return;
    at = sidesOf({ node: unit, pos }).target.from + Math.floor(unit.child(1).content.size / 2);
  });
  if (at === null) throw new Error('no translated paragraph');
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
}

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const times = { off: [] as number[], on: [] as number[] };
let off = start(false);
let on = start(true);
for (let i = 0; i < 400; i++) {
  // Every fifth key deletes the character before the caret: deletions are tracked too.
  for (const which of i % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
    const state = which === 'on' ? on : off;
    const t0 = performance.now();
    const tr = i % 5 === 4 ? state.tr.delete(state.selection.from - 1, state.selection.from) : state.tr.insertText(text[i % text.length] as string);
    const next = state.apply(tr);
    times[which].push(performance.now() - t0);
    if (which === 'on') on = next;
    else off = next;
  }
}
for (const which of ['off', 'on'] as const) {
  console.log(`review_keystroke_${which}_p50: ${percentile(times[which], 50).toFixed(3)} ms`);
  console.log(`review_keystroke_${which}_p95: ${percentile(times[which], 95).toFixed(3)} ms`);
}
console.log(`review_keystroke_p95_ratio: ${(percentile(times.on, 95) / percentile(times.off, 95)).toFixed(2)} x`);
console.log(`review_changes_tracked: ${allChanges(on.doc).length}`);
