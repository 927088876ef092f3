import { createContext, useContext } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { RowCommands } from '../editor/rowKeymap.js';
import type { GlossaryStore } from '../store/glossaryStore.js';
import type { MemoryAnalysis } from '../store/memoryAnalysis.js';
import type { ProjectStore } from '../store/projectStore.js';
import type { QaAnalysis } from '../store/qaAnalysis.js';
import type { TermAnalysis } from '../store/termAnalysis.js';
import type { DictionaryFocus } from './dictionaryFocus.js';
import type { RowRegistry } from './rowRegistry.js';

/** The services every row needs, shared through React context rather than passed through each level. */
export interface Workbench {
  readonly store: ProjectStore;
  readonly glossaries: GlossaryStore;
  readonly analysis: TermAnalysis;
  readonly qa: QaAnalysis;
  readonly memory: MemoryAnalysis;
  readonly registry: RowRegistry;
  readonly rowCommands: (id: string) => RowCommands;
  /** What the dictionary card shows; `dictionary.lookUpAt(text, offset)` is the point-at lookup for the editor. */
  readonly dictionary: DictionaryFocus;
  /** A row view's selection changed: the workbench remembers the latest non-empty one. */
  readonly onSelection: (unitId: string, side: 'source' | 'target', view: EditorView) => void;
}

export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench of the window; rows are only ever rendered inside it. */
export function useWorkbenchContext(): Workbench {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('rows render inside <WorkbenchContext.Provider>');
  return value;
}
