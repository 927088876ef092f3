import { DOMSerializer } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { schema } from '../../src/document/schema.js';
import type { RowRegistry } from '../app/rowRegistry.js';
import { createRowEditor } from '../editor/createRowEditor.js';
import type { RowCommands } from '../editor/rowKeymap.js';
import type { ProjectStore } from '../store/projectStore.js';

interface Props {
  readonly store: ProjectStore;
  readonly registry: RowRegistry;
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly excluded: boolean;
  /** Changes when the target was replaced from outside the editor (a load, a recovery). */
  readonly revision: number;
  readonly commands: (id: string) => RowCommands;
}

const serializer = DOMSerializer.fromSchema(schema);

/**
 * The English cell of a row. Until the row comes near the viewport (or is clicked or tabbed into)
 * it shows static text; then a ProseMirror editor takes over the same element.
 */
export function TargetEditor({ store, registry, id, label, placeholder, excluded, revision, commands }: Props): ReactNode {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  /** The editor state of an unmounted view: undo history survives scrolling far away and back. */
  const kept = useRef<EditorState | null>(null);
  const excludedRef = useRef(excluded);
  excludedRef.current = excluded;
  const labels = useRef({ label: '', placeholder: '' });
  labels.current = { label, placeholder };

  const renderStatic = (): void => {
    const element = host.current;
    const unit = store.unit(id);
    if (!element || !unit || view.current) return;
    const wrapper = document.createElement('div');
    wrapper.className = 'target-static';
    wrapper.tabIndex = excludedRef.current ? -1 : 0;
    wrapper.setAttribute('role', 'textbox');
    wrapper.setAttribute('aria-label', labels.current.label);
    wrapper.setAttribute('lang', 'en');
    wrapper.dataset['placeholder'] = labels.current.placeholder;
    wrapper.dataset['empty'] = unit.target.content.size === 0 && !excludedRef.current ? 'true' : 'false';
    if (unit.target.content.size) wrapper.appendChild(serializer.serializeFragment(unit.target.content));
    element.replaceChildren(wrapper);
  };

  const mount = (): EditorView | null => {
    const element = host.current;
    const unit = store.unit(id);
    if (view.current || !element || !unit) return view.current;
    element.replaceChildren();
    const rowCommands = commands(id);
    view.current = createRowEditor(element, {
      target: unit.target,
      ...(kept.current ? { state: kept.current } : {}),
      label: () => labels.current.label,
      placeholder: () => labels.current.placeholder,
      editable: () => !excludedRef.current,
      onChange: (target) => store.setTarget(id, target),
      onFocus: () => store.setActive(id),
      confirm: rowCommands.confirm,
      move: rowCommands.move,
    });
    kept.current = null;
    return view.current;
  };

  /** Far off screen, a row gives up its editor (unless it has the focus) and shows static text again. */
  const unmount = (): void => {
    const current = view.current;
    if (!current || current.hasFocus()) return;
    kept.current = current.state;
    current.destroy();
    view.current = null;
    renderStatic();
  };

  useLayoutEffect(() => {
    const element = host.current;
    const row = element?.closest('.unit-row');
    if (!element || !row) return;
    renderStatic();
    registry.observe(row, () => mount(), unmount);
    const unregister = registry.register(id, {
      focus: () => {
        element.closest('.unit-row')?.scrollIntoView({ block: 'nearest' });
        const editor = mount();
        editor?.focus();
      },
    });
    return () => {
      unregister();
      registry.unobserve(row);
      view.current?.destroy();
      view.current = null;
      kept.current = null;
    };
    // The row's identity is its id; everything else is read through refs and the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  // A target replaced from outside (load, recovery) starts a fresh editor state with its own history.
  useEffect(() => {
    const unit = store.unit(id);
    if (!unit) return;
    if (view.current && view.current.state.doc !== unit.target) {
      view.current.updateState(EditorState.create({ doc: unit.target, plugins: view.current.state.plugins }));
    } else if (!view.current) {
      kept.current = null;
      renderStatic();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision]);

  // Labels (the language) or exclusion changed: refresh the editor's attributes and editability.
  useEffect(() => {
    if (view.current) view.current.setProps({});
    else renderStatic();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, placeholder, excluded]);

  const onMouseDown = (event: React.MouseEvent): void => {
    if (view.current || excluded) return;
    const { clientX, clientY } = event;
    const editor = mount();
    if (!editor) return;
    event.preventDefault();
    editor.focus();
    const at = editor.posAtCoords({ left: clientX, top: clientY });
    if (at) editor.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at.pos)));
  };

  const onFocus = (event: React.FocusEvent): void => {
    if (!view.current && event.target !== host.current && !excluded) mount()?.focus();
  };

  return <div ref={host} className="target-host" onMouseDown={onMouseDown} onFocus={onFocus} />;
}
