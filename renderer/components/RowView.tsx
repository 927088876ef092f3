import { DOMSerializer } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { positionOfOffset } from '../../src/document/plainText.js';
import { schema } from '../../src/document/schema.js';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import { createRowEditor } from '../editor/createRowEditor.js';
import { insertMatch } from '../editor/rowKeymap.js';
import { createSourceView } from '../editor/createSourceView.js';
import { refreshTerms } from '../editor/plugins/termHighlight.js';
import { paintSourceMark } from '../editor/sourceMark.js';

interface Props {
  readonly id: string;
  readonly side: 'source' | 'target';
  readonly label: string;
  readonly placeholder: string;
  readonly excluded: boolean;
  /** Changes when the unit's text was replaced from outside its views (a load, a recovery, a deleted note). */
  readonly revision: number;
  readonly runIn: number | null;
}

const serializer = DOMSerializer.fromSchema(schema);

/**
 * One side of a row. Until the row comes near the viewport (or is clicked or tabbed into) it shows
 * static text; then a ProseMirror view takes over the same element: the read-only Chinese with its
 * term highlights, or the English editor. Far off screen again, the view is given up; the English
 * keeps its editor state, and with it its undo history.
 */
export function RowView({ id, side, label, placeholder, excluded, revision, runIn }: Props): ReactNode {
  const wb = useWorkbenchContext();
  const { store, registry } = wb;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const kept = useRef<EditorState | null>(null);
  const excludedRef = useRef(excluded);
  excludedRef.current = excluded;
  const labels = useRef({ label, placeholder });
  labels.current = { label, placeholder };

  const nodeOf = () => {
    const unit = store.unit(id);
    return unit ? (side === 'source' ? unit.source : unit.target) : null;
  };

  const renderStatic = (): void => {
    const element = host.current;
    const node = nodeOf();
    if (!element || !node || view.current) return;
    const wrapper = document.createElement('div');
    wrapper.className = side === 'source' ? 'source-static' : 'target-static';
    if (side === 'target') {
      wrapper.tabIndex = excludedRef.current ? -1 : 0;
      wrapper.setAttribute('role', 'textbox');
      wrapper.dataset['placeholder'] = labels.current.placeholder;
      wrapper.dataset['empty'] = node.content.size === 0 && !excludedRef.current ? 'true' : 'false';
    }
    wrapper.setAttribute('aria-label', labels.current.label);
    wrapper.setAttribute('lang', side === 'source' ? 'zh-CN' : 'en');
    if (node.content.size) wrapper.appendChild(serializer.serializeFragment(node.content));
    element.replaceChildren(wrapper);
    repaintSourceMark();
  };

  // The Chinese is rendered anew (static text or its view): a finding's span shown in it is shown again.
  const repaintSourceMark = (): void => {
    const span = side === 'source' ? registry.sourceMarkOf(id) : null;
    if (span) paintSourceMark(host.current, span);
  };

  const mount = (): EditorView | null => {
    const element = host.current;
    const unit = store.unit(id);
    if (view.current || !element || !unit) return view.current;
    element.replaceChildren();
    if (side === 'source') {
      view.current = createSourceView(element, {
        source: unit.source,
        runIn,
        label: () => labels.current.label,
        occurrencesOf: (doc) => (doc === store.unit(id)?.source ? wb.analysis.occurrences(id) : []),
        onSelection: (v) => wb.onSelection(id, 'source', v),
        onChange: (source) => store.setSource(id, source),
      });
      repaintSourceMark();
    } else {
      const commands = wb.rowCommands(id);
      view.current = createRowEditor(element, {
        target: unit.target,
        ...(kept.current ? { state: kept.current } : {}),
        label: () => labels.current.label,
        placeholder: () => labels.current.placeholder,
        editable: () => !excludedRef.current,
        onChange: (target) => store.setTarget(id, target),
        onFocus: () => store.setActive(id),
        onSelection: (v) => wb.onSelection(id, 'target', v),
        confirm: commands.confirm,
        move: commands.move,
        rendering: commands.rendering,
        memoryMatch: commands.memoryMatch,
        selectMatch: commands.selectMatch,
      });
    }
    kept.current = null;
    return view.current;
  };

  const unmount = (): void => {
    const current = view.current;
    if (!current || current.hasFocus()) return;
    if (side === 'target') kept.current = current.state;
    current.destroy();
    view.current = null;
    renderStatic();
  };

  useLayoutEffect(() => {
    const element = host.current;
    const row = element?.closest('.unit-row');
    if (!element || !row) return;
    renderStatic();
    // The target registers the row's visibility callbacks and focus handle; the source follows it.
    const unsubscribe: Array<() => void> = [];
    if (side === 'target') {
      registry.observe(
        row,
        () => {
          mount();
          row.dispatchEvent(new CustomEvent('duizhao:row-visible'));
        },
        () => {
          unmount();
          row.dispatchEvent(new CustomEvent('duizhao:row-hidden'));
        },
      );
      unsubscribe.push(
        registry.register(id, {
          focus: (span) => {
            row.scrollIntoView({ block: 'nearest' });
            const editor = mount();
            if (!editor) return;
            editor.focus();
            if (span) {
              const { doc } = editor.state;
              const from = Math.min(positionOfOffset(doc, span.start), doc.content.size);
              const to = Math.min(positionOfOffset(doc, span.end), doc.content.size);
              editor.dispatch(editor.state.tr.setSelection(TextSelection.create(doc, from, to)).scrollIntoView());
            }
          },
          markSource: (span) => paintSourceMark(row.querySelector('.source-host'), span),
          insertTerm: (text, entryId) => {
            const editor = mount();
            if (!editor || excludedRef.current) return;
            editor.focus();
            const mark = schema.marks.term.create({ entryId });
            editor.dispatch(editor.state.tr.replaceSelectionWith(schema.text(text, [mark]), false).setStoredMarks([]).scrollIntoView());
          },
          insertMatch: (text) => {
            const editor = mount();
            if (!editor || excludedRef.current) return;
            editor.focus();
            insertMatch({ ...wb.rowCommands(id), memoryMatch: () => text })(editor.state, editor.dispatch);
          },
        }),
        () => registry.unobserve(row),
      );
    } else {
      // The English editors come first: the Chinese views (term highlights) follow in idle time,
      // or at once when the pointer comes to them.
      let pending: number | undefined;
      const onVisible = (): void => {
        if (pending === undefined) pending = requestIdleCallback(() => ((pending = undefined), void mount()), { timeout: 300 });
      };
      const onHidden = (): void => {
        if (pending !== undefined) cancelIdleCallback(pending);
        pending = undefined;
        unmount();
      };
      unsubscribe.push(() => pending !== undefined && cancelIdleCallback(pending));
      row.addEventListener('duizhao:row-visible', onVisible);
      row.addEventListener('duizhao:row-hidden', onHidden);
      unsubscribe.push(() => row.removeEventListener('duizhao:row-visible', onVisible), () => row.removeEventListener('duizhao:row-hidden', onHidden));
      unsubscribe.push(
        wb.glossaries.subscribe(() => {
          if (view.current) view.current.dispatch(refreshTerms(view.current.state.tr));
        }),
      );
    }
    return () => {
      unsubscribe.forEach((u) => u());
      view.current?.destroy();
      view.current = null;
      kept.current = null;
    };
    // A row view's identity is its unit and side; everything else is read through refs and the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, side]);

  // Text replaced from outside: the view starts a fresh state (for the English, a fresh undo history).
  useEffect(() => {
    const node = nodeOf();
    if (!node) return;
    if (view.current && view.current.state.doc !== node) {
      view.current.updateState(EditorState.create({ doc: node, plugins: view.current.state.plugins }));
    } else if (!view.current) {
      kept.current = null;
      renderStatic();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision]);

  // Labels (the language) or exclusion changed: refresh attributes and editability.
  useEffect(() => {
    if (view.current) view.current.setProps({});
    else renderStatic();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, placeholder, excluded]);

  const onMouseDown = (event: React.MouseEvent): void => {
    if (side === 'source' || view.current || excluded) return;
    const { clientX, clientY } = event;
    const editor = mount();
    if (!editor) return;
    event.preventDefault();
    editor.focus();
    const at = editor.posAtCoords({ left: clientX, top: clientY });
    if (at) editor.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at.pos)));
  };

  const onFocus = (event: React.FocusEvent): void => {
    if (side === 'target' && !view.current && event.target !== host.current && !excluded) mount()?.focus();
  };

  // Pointing at the Chinese mounts its view before a drag could start a selection.
  const onMouseEnter = (): void => {
    if (side === 'source' && !view.current) mount();
  };

  return <div ref={host} className={side === 'source' ? 'source-host' : 'target-host'} onMouseDown={onMouseDown} onFocus={onFocus} onMouseEnter={onMouseEnter} />;
}
