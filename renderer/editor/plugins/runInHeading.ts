import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export const runInHeadingKey = new PluginKey<DecorationSet>('runInHeading');

/** Sets a run-in heading (`(一)标题。`, the first `length` characters of the source) apart from its body. */
export function runInHeading(length: number | null): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: runInHeadingKey,
    state: {
      init: (_config, state) =>
        length ? DecorationSet.create(state.doc, [Decoration.inline(0, Math.min(length, state.doc.content.size), { class: 'run-in-heading' })]) : DecorationSet.empty,
      apply: (tr, set) => set.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => runInHeadingKey.getState(state) },
  });
}
