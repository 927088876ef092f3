import { useEffect, useState } from 'react';
import { useWorkbenchContext } from '../app/workbenchContext.js';

/**
 * A counter that changes a quarter second after the project's text or the glossary last changed:
 * panels that summarise the whole project recompute on it, not on every keystroke.
 */
export function useAnalysisTick(delay = 250): number {
  const { store, glossaries, qa } = useWorkbenchContext();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bump = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => setTick((n) => n + 1), delay);
    };
    const offs = [store.subscribeChanges(bump), glossaries.subscribe(() => setTick((n) => n + 1)), store.subscribeMeta(bump), qa.onReady(() => setTick((n) => n + 1))];
    return () => {
      clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [store, glossaries, qa, delay]);
  return tick;
}
