import { useCallback, useState } from 'react';

/** Long work the UI is doing: what, and where known how much of how much is done. */
export interface ProgressState {
  readonly label: string;
  readonly done?: number;
  readonly total?: number;
}

/** Runs `work` while the progress bar shows `label`; `report` moves the bar where the work knows its size. */
export type TrackProgress = <T>(label: string, work: (report: (label: string, done?: number, total?: number) => void) => Promise<T>) => Promise<T>;

/** A frame for the bar to be painted before work that holds the main thread. */
const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The progress of the one long task the workbench runs at a time (import, pre-translation, memory import). */
export function useProgress(): { readonly state: ProgressState | null; readonly track: TrackProgress } {
  const [state, setState] = useState<ProgressState | null>(null);
  const track = useCallback<TrackProgress>(async (label, work) => {
    setState({ label });
    await nextFrame();
    try {
      return await work((next, done, total) => setState(done === undefined ? { label: next } : { label: next, done, ...(total === undefined ? {} : { total }) }));
    } finally {
      setState(null);
    }
  }, []);
  return { state, track };
}
