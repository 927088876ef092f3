import { useCallback, useSyncExternalStore } from 'react';
import type { ProjectMeta, ProjectStore, UnitState } from '../store/projectStore.js';

/** The project's meta (path, progress, save state, active unit); re-renders when it changes. */
export function useMeta(store: ProjectStore): ProjectMeta {
  return useSyncExternalStore(
    useCallback((l: () => void) => store.subscribeMeta(l), [store]),
    () => store.meta,
  );
}

/** A selected value of the meta; re-renders only when that value changes. */
export function useMetaValue<T>(store: ProjectStore, select: (meta: ProjectMeta) => T): T {
  return useSyncExternalStore(
    useCallback((l: () => void) => store.subscribeMeta(l), [store]),
    () => select(store.meta),
  );
}

/** One unit; re-renders when its attributes change or its target is replaced from outside its editor. */
export function useUnit(store: ProjectStore, id: string): UnitState | undefined {
  return useSyncExternalStore(
    useCallback((l: () => void) => store.subscribeUnit(id, l), [store, id]),
    () => store.unit(id),
  );
}
