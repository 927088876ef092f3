import { createContext, useContext } from 'react';
import type { GlossaryStore } from '../store/glossaryStore.js';
import type { MemoryAnalysis } from '../store/memoryAnalysis.js';
import type { ProjectStore } from '../store/projectStore.js';
import type { QaAnalysis } from '../store/qaAnalysis.js';
import type { TermAnalysis } from '../store/termAnalysis.js';
import type { DictionaryFocus } from './dictionaryFocus.js';
import type { EditorActions } from './editorActions.js';
import type { ReviewMode } from './reviewMode.js';
import type { RowChrome } from '../editor/nodeViews.js';

/** The services the editor and the panels need, shared through React context rather than passed through each level. */
export interface Workbench {
  readonly store: ProjectStore;
  readonly glossaries: GlossaryStore;
  readonly analysis: TermAnalysis;
  readonly qa: QaAnalysis;
  readonly memory: MemoryAnalysis;
  /** Going to a paragraph, inserting into it: what the panels ask of the one editor. */
  readonly editor: EditorActions;
  /** What the dictionary card shows; `dictionary.lookUpAt(text, offset)` is the point-at lookup for the editor. */
  readonly dictionary: DictionaryFocus;
  /** Review mode: on or off, and the reviewer's name. */
  readonly review: ReviewMode;
  /** The row chrome's menu: opened by a row's button (the menu itself is React, outside the editable document). */
  readonly openRowMenu: RowChrome['openMenu'];
  /** Sentence mode: asks before confirming a paragraph some of whose sentences have no English. */
  readonly askConfirm: RowChrome['askConfirm'];
}

export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench of the window; rows are only ever rendered inside it. */
export function useWorkbenchContext(): Workbench {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('rows render inside <WorkbenchContext.Provider>');
  return value;
}
