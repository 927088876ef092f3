import type { ReactNode } from 'react';
import type { ProgressState } from '../app/useProgress.js';

/** The bar of the task under way: determinate where its size is known, else moving; announced politely. */
export function ProgressBar({ state }: { readonly state: ProgressState | null }): ReactNode {
  if (!state) return null;
  return (
    <div className="work-progress" role="status" aria-live="polite">
      <span>{state.label}</span>
      <progress aria-label={state.label} {...(state.total ? { value: state.done ?? 0, max: state.total } : {})} />
    </div>
  );
}
