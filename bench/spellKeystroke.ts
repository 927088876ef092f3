/**
 * The processor cost of spell marks and predictive typing per keystroke, without a browser: 2,000
 * paragraphs (half translated) in the one EditorState with every editor plugin, the en-US dictionary
 * and the starter glossary; 400 keys typed into paragraph 1,000 (real English words, a misspelling
 * and a capitalised unknown word among them), with and without the two plugins, interleaved in the
 * same process so the ratio holds under load. Run: `npx tsx bench/spellKeystroke.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import { EditorState, TextSelection } from 'prosemirror-state';
import { toEditorDoc } from '../src/document/chunks.js';
import { schema } from '../src/document/schema.js';
import { parseGlossary } from '../src/glossary/glossaryFile.js';
import { projectSpellChecker } from '../src/qa/checkSpelling.js';
import { SpellChecker } from '../src/spelling/spellCheck.js';
import { editorPlugins, type EditorServices } from '../renderer/editor/commands.js';
import { termHighlightKey } from '../renderer/editor/plugins/decorations.js';
import { refreshSpelling } from '../renderer/editor/plugins/spellMarks.js';
import { findUnit, sidesOf } from '../renderer/editor/transactions.js';
import { syntheticProject } from '../test/synthetic.js';

const dictionaryDir = fileURLToPath(new URL('../node_modules/dictionary-en/', import.meta.url));
const dictionary = nspell({ aff: readFileSync(`${dictionaryDir}index.aff`), dic: readFileSync(`${dictionaryDir}index.dic`) });
const starter = parseGlossary(readFileSync(fileURLToPath(new URL('../assets/glossary/starter.duizhao-glossary', import.meta.url)), 'utf8'));
if (!starter.ok) throw new Error('starter glossary');
const checker = projectSpellChecker(new SpellChecker(dictionary), starter.value.entries);
const renderings = starter.value.entries.flatMap((e) => e.renderings.map((text) => ({ text, entryId: e.id })));
const memory = ['We will promote high-quality development and coordinated regional development, keep the economy growing steadily and improve people’s wellbeing.'];

const base: EditorServices = { occurrences: () => [], rendering: () => null, memoryMatch: () => null, selectMatch: () => undefined, notify: () => undefined };
const withAssist: EditorServices = {
  ...base,
  assist: {
    spellChecker: () => (process.argv.includes('--no-spelling') ? null : checker),
    openSpellMenu: () => undefined,
    completionSources: () => (process.argv.includes('--no-completions') ? { renderings: [], memory: [] } : { renderings, memory }),
    completionsLabel: () => 'Completions',
  },
};

const project = syntheticProject(2000, 0.5);
const doc = toEditorDoc(schema.nodeFromJSON(project.doc));
const text = 'Dezhuang will promote high-quality development and coordinated regional growth, keep the economy growing steadly and improve wellbeing. ';

function start(services: EditorServices): EditorState {
  let state = EditorState.create({ doc, plugins: editorPlugins(services) });
  const unit = findUnit(state.doc, 'u1000');
  if (!unit) throw new Error('u1000');
  const chunk = state.doc.resolve(unit.pos).index(0);
  // The chunks near the viewport, as Chromium would report them, then the dictionary loaded.
  state = state.apply(state.tr.setMeta(termHighlightKey, { show: [chunk - 2, chunk - 1, chunk, chunk + 1, chunk + 2] }));
  state = state.apply(refreshSpelling(state.tr));
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(unit).target.to)));
}

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const times = { off: [] as number[], on: [] as number[] };
let off = start(base);
let on = start(withAssist);
for (let i = 0; i < 400; i++) {
  const ch = text[i % text.length] as string;
  for (const which of i % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
    const state = which === 'on' ? on : off;
    const t0 = performance.now();
    const next = state.apply(state.tr.insertText(ch));
    times[which].push(performance.now() - t0);
    if (which === 'on') on = next;
    else off = next;
  }
}
const marks = on.plugins.map((p) => p.getState(on)).length;
for (const which of ['off', 'on'] as const) {
  console.log(`spell_keystroke_${which}_p50: ${percentile(times[which], 50).toFixed(3)} ms`);
  console.log(`spell_keystroke_${which}_p95: ${percentile(times[which], 95).toFixed(3)} ms`);
}
console.log(`spell_keystroke_p95_added: ${(percentile(times.on, 95) - percentile(times.off, 95)).toFixed(3)} ms (${marks} plugins)`);
if (process.argv.includes('--slowest')) {
  const idx = times.on.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 25);
  for (const [t, i] of idx) console.log(t.toFixed(2), i, JSON.stringify(text.slice(Math.max(0, (i % text.length) - 10), (i % text.length) + 1)));
}
