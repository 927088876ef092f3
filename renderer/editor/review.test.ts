import { undo } from 'prosemirror-history';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { toEditorDoc } from '../../src/document/chunks.js';
import { schema } from '../../src/document/schema.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { changesBetween, trackedChanges, type ReviewRecord } from '../../src/review/trackedChanges.js';
import { plainTextOf } from '../../src/document/plainText.js';
import { editorPlugins, type EditorServices } from './commands.js';
import i18next from 'i18next';
import enWords from '../../assets/locales/en/translation.json';
import zhWords from '../../assets/locales/zh-CN/translation.json';
import { changeTooltips, refreshReviewMarks, reviewMarksKey } from './plugins/reviewMarks.js';
import { accept, allChanges, changeAtCaret, neighbourChange, reject, settleAll, settleAtCaret } from './review.js';
import { findUnit, setStatus, sidesOf } from './transactions.js';
import { setLockedTr } from './rowTools.js';
import { quietServices } from '../store/storeTesting.js';
import { toSentenceMode } from '../../src/document/segments.js';

const texts = ['第一段。', '第二段。', '第三段。'];
const english = ['We will deepen reform.', 'Growth was stable.', 'Draft text.'];
const statuses = ['translated', 'reviewed', 'draft'] as const;

function startDoc() {
  const doc = buildDocument(texts.map((text) => ({ text, kind: 'paragraph' as const, level: null, runIn: null, excluded: null })));
  const units: ReturnType<typeof schema.nodes.unit.create>[] = [];
  doc.forEach((u, _o, i) => units.push(schema.nodes.unit.create({ ...u.attrs, status: statuses[i] }, [u.child(0), schema.nodes.target.create(null, schema.text(english[i] as string))])));
  return toEditorDoc(schema.nodes.doc.create(null, units));
}

let reviewer = { on: true, author: 'Ana' };
const notices: string[] = [];
const services: EditorServices = {
  ...quietServices,
  notify: (key) => void notices.push(key),
  reviewer: () => reviewer,
  describeChange: (kind, c) => `${kind} by ${c.author}`,
};
const fresh = (): EditorState => EditorState.create({ doc: startDoc(), plugins: editorPlugins(services) });
const run = (state: EditorState, tr: Transaction | null): EditorState => {
  if (!tr) throw new Error('no transaction');
  return state.applyTransaction(tr).state;
};
const unit = (state: EditorState, id: string) => {
  const found = findUnit(state.doc, id);
  if (!found) throw new Error(id);
  return found;
};
/** Replaces the plain-text range [from, to) of a unit's English with `text`, as typing does. */
function type(state: EditorState, id: string, from: number, to: number, text: string): EditorState {
  const start = sidesOf(unit(state, id)).target.from;
  return state.apply(text ? state.tr.insertText(text, start + from, start + to) : state.tr.delete(start + from, start + to));
}
const changes = (state: EditorState, id: string) => {
  const node = unit(state, id).node;
  return trackedChanges(unitAttrs(node).review, plainTextOf(node.child(1)).text).map((c) => [c.deleted, c.inserted, c.author]);
};

describe('review mode in the editor', () => {
  it('tracks a reviewer\'s edits of a confirmed paragraph, keeps its status and shows them', () => {
    let state = type(fresh(), 'u1', 3, 7, 'shall');
    reviewer = { on: true, author: 'Bo' };
    state = type(state, 'u1', 22, 22, ' further');
    reviewer = { on: true, author: 'Ana' };
    expect(unit(state, 'u1').node.child(1).textContent).toBe('We shall deepen reform further.');
    expect(changes(state, 'u1')).toEqual([
      ['will', 'shall', 'Ana'],
      ['', ' further', 'Bo'],
    ]);
    expect(unitAttrs(unit(state, 'u1').node).status).toBe('translated');
    const decorations = reviewMarksKey.getState(state)?.find() ?? [];
    expect(decorations.map((d) => (d.spec as { key?: string }).key ?? 'ins')).toHaveLength(3);
    // A draft is not tracked, and with review mode off a confirmed paragraph becomes a draft again as before.
    state = type(state, 'u3', 0, 0, 'A ');
    expect(unitAttrs(unit(state, 'u3').node).review).toBeNull();
    reviewer = { on: false, author: 'Ana' };
    state = type(state, 'u2', 0, 0, 'x');
    expect(unitAttrs(unit(state, 'u2').node)).toMatchObject({ review: null, status: 'draft' });
    // A paragraph with pending changes keeps tracking even with review mode off.
    state = type(state, 'u1', 0, 2, 'They');
    expect(changes(state, 'u1')[0]).toEqual(['We', 'They', 'Ana']);
    reviewer = { on: true, author: 'Ana' };
  });

  it('accepts one change, rejects another, each one undo step; undo brings the text and the record back', () => {
    let state = type(fresh(), 'u1', 3, 7, 'shall');
    state = type(state, 'u1', 22, 22, ' further');
    state = run(state, accept(state, { unitId: 'u1', index: 0 }));
    expect(unitAttrs(unit(state, 'u1').node).review?.base).toBe('We shall deepen reform.');
    expect(changes(state, 'u1')).toEqual([['', ' further', 'Ana']]);
    state = run(state, reject(state, { unitId: 'u1', index: 0 }));
    expect(unit(state, 'u1').node.child(1).textContent).toBe('We shall deepen reform.');
    expect(unitAttrs(unit(state, 'u1').node).review).toBeNull();
    expect(unitAttrs(unit(state, 'u1').node).status).toBe('translated');
    let undone = state;
    undo(undone, (tr) => (undone = undone.apply(tr)));
    expect(unit(undone, 'u1').node.child(1).textContent).toBe('We shall deepen reform further.');
    expect(changes(undone, 'u1')).toEqual([['', ' further', 'Ana']]);
    undo(undone, (tr) => (undone = undone.apply(tr)));
    expect(changes(undone, 'u1')).toEqual([
      ['will', 'shall', 'Ana'],
      ['', ' further', 'Ana'],
    ]);
  });

  it('accepts or rejects all changes of a paragraph or the project in one step, and goes from change to change', () => {
    let state = type(fresh(), 'u1', 3, 7, 'shall');
    state = type(state, 'u2', 0, 6, 'The economy');
    expect(allChanges(state.doc).map((c) => c.unitId)).toEqual(['u1', 'u2']);
    const inU1 = state.apply(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(unit(state, 'u1')).target.to)));
    expect(neighbourChange(inU1, 1)).toEqual({ unitId: 'u2', index: 0 });
    expect(neighbourChange(inU1, -1)).toEqual({ unitId: 'u1', index: 0 });
    const rejected = run(state, settleAll(state, 'reject', null));
    expect([1, 2].map((n) => unit(rejected, `u${n}`).node.child(1).textContent)).toEqual(['We will deepen reform.', 'Growth was stable.']);
    expect(allChanges(rejected.doc)).toEqual([]);
    const accepted = run(state, settleAll(state, 'accept', new Set(['u2'])));
    expect(unitAttrs(unit(accepted, 'u2').node).review).toBeNull();
    expect(unit(accepted, 'u2').node.child(1).textContent).toBe('The economy was stable.');
    expect(allChanges(accepted.doc).map((c) => c.unitId)).toEqual(['u1']);
  });

  it('Ctrl+Alt+A / Ctrl+Alt+R settle the change at the caret, and say so when there is none', () => {
    let state = type(fresh(), 'u1', 3, 7, 'shall');
    state = type(state, 'u1', 22, 22, ' further');
    const at = (offset: number): EditorState => state.apply(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(unit(state, 'u1')).target.from + offset)));
    expect(changeAtCaret(at(5))).toEqual({ unitId: 'u1', index: 0 });
    expect(changeAtCaret(at(1))).toBeNull();
    const run = (s: EditorState, command: ReturnType<typeof settleAtCaret>): EditorState => {
      let next = s;
      command(s, (tr) => (next = next.apply(tr)));
      return next;
    };
    notices.length = 0;
    expect(run(at(1), settleAtCaret('accept', (k) => void notices.push(k))).doc).toBe(state.doc);
    expect(notices).toEqual(['review.noChangeHere']);
    state = run(at(5), settleAtCaret('reject', () => undefined));
    expect(unit(state, 'u1').node.child(1).textContent).toBe('We will deepen reform further.');
    state = run(at(25), settleAtCaret('accept', () => undefined));
    expect(unitAttrs(unit(state, 'u1').node).review).toBeNull();
    expect(unit(state, 'u1').node.child(1).textContent).toBe('We will deepen reform further.');
  });

  it('a locked row refuses typing and a status change', () => {
    let state = run(fresh(), setLockedTr(fresh(), 'u1', true));
    const before = state.doc;
    state = type(state, 'u1', 0, 0, 'x');
    expect(state.doc).toBe(before);
    expect(setStatus(state, 'u1', 'rejected')).not.toBeNull();
    state = state.apply(setStatus(state, 'u1', 'rejected') as Transaction);
    expect(unitAttrs(unit(state, 'u1').node).status).toBe('translated');
    expect(notices).toContain('rowTools.locked');
    // Unlocked, the status changes.
    state = run(state, setLockedTr(state, 'u1', false));
    state = run(state, setStatus(state, 'u1', 'rejected'));
    expect(unitAttrs(unit(state, 'u1').node).status).toBe('rejected');
  });
});

describe('review mode in a paragraph worked sentence by sentence', () => {
  it('tracks an edit in a sentence cell against the joined English, and rejecting it restores the cell', () => {
    const plain = schema.nodes.unit.create({ id: 's1', status: 'translated' }, [
      schema.nodes.source.create(null, schema.text('经济平稳增长。改革继续深化。')),
      schema.nodes.target.create(null, schema.text('The economy grew. Reform deepened.')),
    ]);
    const sentences = toSentenceMode(plain);
    if (!sentences) throw new Error('no sentence mode');
    reviewer = { on: true, author: 'Ana' };
    let state = EditorState.create({ doc: toEditorDoc(schema.nodes.doc.create(null, [sentences])), plugins: editorPlugins(services) });
    const found = unit(state, 's1');
    const segments = found.node.child(1);
    // Into the second cell, after "Reform".
    const second = found.pos + 1 + found.node.child(0).nodeSize + 1 + segments.child(0).nodeSize + 1;
    state = state.apply(state.tr.insertText(' further', second + 'Reform'.length));
    const node = unit(state, 's1').node;
    expect(plainTextOf(node.child(1)).text).toBe('The economy grew. Reform further deepened.');
    // The diff may put the space on either side of the word.
    expect(changes(state, 's1').map(([d, i, a]) => [d, i?.trim(), a])).toEqual([['', 'further', 'Ana']]);
    expect(unitAttrs(node).status).toBe('translated');
    expect(node.child(1).child(1).attrs['status']).toBe('translated');
    state = run(state, reject(state, { unitId: 's1', index: 0 }));
    const after = unit(state, 's1').node;
    expect(after.child(1).child(1).textContent).toBe('Reform deepened.');
    expect(plainTextOf(after.child(1)).text).toBe('The economy grew. Reform deepened.');
    expect(unitAttrs(after).review).toBeNull();
  });
});

describe('rejecting a change restores what was there, marks included', () => {
  const bold = schema.marks.strong.create();
  const term = schema.marks.term.create({ entryId: 'e1' });
  const note = schema.marks.note.create({ noteId: 'n1' });
  /** A translated paragraph whose English is `content` (text nodes with marks), in an editor with every plugin. */
  function withEnglish(content: ReturnType<typeof schema.text>[], review: unknown = null): EditorState {
    const u = schema.nodes.unit.create({ id: 'm1', status: 'translated', review }, [schema.nodes.source.create(null, schema.text('我们将深化改革。')), schema.nodes.target.create(null, content)]);
    return EditorState.create({ doc: toEditorDoc(schema.nodes.doc.create(null, [u])), plugins: editorPlugins(services) });
  }
  const english = (state: EditorState) => unit(state, 'm1').node.child(1);
  /** Each text node of the English with its marks' names and attributes, to compare in one look. */
  const runs = (state: EditorState) => {
    const out: Array<[string, string[]]> = [];
    english(state).forEach((n) => void out.push([n.text ?? '\n', n.marks.map((m) => (m.attrs['noteId'] ?? m.attrs['entryId'] ?? m.type.name) as string)]));
    return out;
  };

  it('a deleted bold phrase comes back bold', () => {
    const start = withEnglish([schema.text('We will '), schema.text('deepen reform', [bold]), schema.text(' further.')]);
    let state = type(start, 'm1', 8, 21, '');
    expect(english(state).textContent).toBe('We will  further.');
    state = run(state, reject(state, { unitId: 'm1', index: 0 }));
    expect(runs(state)).toEqual(runs(start));
    expect(english(state).eq(english(start))).toBe(true);
    expect(unitAttrs(unit(state, 'm1').node).review).toBeNull();
  });

  it('a deleted span anchoring a note comes back with the same note', () => {
    const start = withEnglish([schema.text('Growth was '), schema.text('stable overall', [note]), schema.text('.')]);
    let state = type(start, 'm1', 11, 25, '');
    expect(english(state).textContent).toBe('Growth was .');
    state = run(state, reject(state, { unitId: 'm1', index: 0 }));
    expect(runs(state)).toEqual([['Growth was ', []], ['stable overall', ['n1']], ['.', []]]);
  });

  it('a replaced term link comes back as the link, the replacement gone', () => {
    const start = withEnglish([schema.text('We will '), schema.text('open up', [term]), schema.text(' wider.')]);
    let state = type(start, 'm1', 8, 15, 'broaden');
    expect(changes(state, 'm1')).toEqual([['open up', 'broaden', 'Ana']]);
    state = run(state, reject(state, { unitId: 'm1', index: 0 }));
    expect(runs(state)).toEqual(runs(start));
  });

  it('after an accept, the baseline has the accepted text with its marks: a later deletion of it rejects back to them', () => {
    let state = type(withEnglish([schema.text('We will deepen reform.')]), 'm1', 21, 21, ' boldly');
    // The reviewer makes the inserted word bold (formatting alone is not a tracked change), then accepts the insertion.
    const from = sidesOf(unit(state, 'm1')).target.from;
    state = state.apply(state.tr.addMark(from + 22, from + 28, bold));
    state = run(state, accept(state, { unitId: 'm1', index: 0 }));
    expect(unitAttrs(unit(state, 'm1').node).review).toBeNull();
    // A later edit starts a new record from the English as it is; the same with a pending change left.
    state = type(state, 'm1', 3, 7, 'shall');
    state = type(state, 'm1', 22, 29, '');
    expect(english(state).textContent).toBe('We shall deepen reform.');
    state = run(state, accept(state, { unitId: 'm1', index: 0 }));
    state = run(state, reject(state, { unitId: 'm1', index: 0 }));
    expect(runs(state)).toEqual([['We shall deepen reform ', []], ['boldly', ['strong']], ['.', []]]);
  });

  it('accepting a change takes the marks of the accepted text from the English', () => {
    let state = type(withEnglish([schema.text('We will deepen reform.')]), 'm1', 3, 7, 'shall');
    state = type(state, 'm1', 22, 22, ' further');
    const from = sidesOf(unit(state, 'm1')).target.from;
    // "shall" made bold after it was typed: accepting it puts bold "shall" in the baseline.
    state = state.apply(state.tr.addMark(from + 3, from + 8, bold));
    state = run(state, accept(state, { unitId: 'm1', index: 0 }));
    state = type(state, 'm1', 0, 9, '');
    state = run(state, reject(state, { unitId: 'm1', index: 0 }));
    expect(runs(state)).toEqual([['We ', []], ['shall', ['strong']], [' deepen reform further.', []]]);
  });

  it('a record saved without baseline marks still rejects as before: the restored text takes the marks around it', () => {
    const old = changesBetween('We will deepen reform.', 'We deepen reform.', { author: 'Ana', time: 1 }) as ReviewRecord;
    const { base, changes: recorded } = old;
    const state0 = withEnglish([schema.text('We deepen reform.', [bold])], { base, changes: recorded });
    const state = run(state0, reject(state0, { unitId: 'm1', index: 0 }));
    expect(runs(state)).toEqual([['We will deepen reform.', ['strong']]]);
  });
});

describe('tracked-change tooltips in the UI language', () => {
  it('are redrawn in the new language when the UI language changes, deletions and insertions alike', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: enWords }, 'zh-CN': { translation: zhWords } }, interpolation: { escapeValue: false }, showSupportNotice: false } as Parameters<typeof i18n.init>[0]);
    const start = EditorState.create({ doc: startDoc(), plugins: editorPlugins({ ...services, describeChange: changeTooltips(i18n) }) });
    const state = type(start, 'u1', 3, 7, 'shall');
    const titles = (s: EditorState): string[] =>
      (reviewMarksKey.getState(s)?.find() ?? []).map((d) => (d.spec as { title?: string }).title ?? (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['title'] ?? '');
    expect(titles(state).sort()).toEqual([expect.stringMatching(/^Deleted by Ana, /), expect.stringMatching(/^Inserted by Ana, /)]);
    await i18n.changeLanguage('zh-CN');
    const switched = state.apply(refreshReviewMarks(state.tr));
    expect(switched.doc).toBe(state.doc);
    expect(titles(switched).sort()).toEqual([expect.stringMatching(/^Ana 删除，/), expect.stringMatching(/^Ana 插入，/)]);
    // The deletion's widget is keyed by its words too, so the view draws it again rather than keep the old one.
    const keys = (s: EditorState) => (reviewMarksKey.getState(s)?.find() ?? []).map((d) => (d.spec as { key?: string }).key).filter(Boolean);
    expect(keys(switched)).not.toEqual(keys(state));
  });
});
