import { useEffect, useState, type ReactNode } from 'react';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import { TermDetails } from './side/TermList.js';

interface Shown {
  readonly entryId: string;
  readonly left: number;
  readonly top: number;
}

/**
 * The card of a glossary term under the pointer (highlighted in the Chinese, or linked in either
 * language): renderings, note, status and how often it occurs. Keyboard users find the same cards
 * in the side panel's Paragraph tab.
 */
export function TermCard({ container }: { readonly container: React.RefObject<HTMLElement | null> }): ReactNode {
  const { glossaries, analysis } = useWorkbenchContext();
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onOver = (event: MouseEvent): void => {
      const target = (event.target as Element | null)?.closest?.('[data-entry-id], [data-term-link]');
      clearTimeout(timer);
      if (!target) {
        timer = setTimeout(() => setShown(null), 150);
        return;
      }
      const entryId = target.getAttribute('data-entry-id') ?? target.getAttribute('data-term-link') ?? '';
      const rect = target.getBoundingClientRect();
      timer = setTimeout(() => setShown({ entryId, left: rect.left, top: rect.bottom + 6 }), 250);
    };
    const onLeave = (): void => {
      clearTimeout(timer);
      setShown(null);
    };
    root.addEventListener('mouseover', onOver);
    root.addEventListener('mouseleave', onLeave);
    root.addEventListener('scroll', onLeave, true);
    return () => {
      clearTimeout(timer);
      root.removeEventListener('mouseover', onOver);
      root.removeEventListener('mouseleave', onLeave);
      root.removeEventListener('scroll', onLeave, true);
    };
  }, [container]);
  const entry = shown ? glossaries.snapshot.entries.get(shown.entryId) : undefined;
  if (!shown || !entry) return null;
  return (
    <div className="term-card" role="tooltip" style={{ left: Math.min(shown.left, window.innerWidth - 340), top: shown.top }}>
      <TermDetails entry={entry} count={analysis.entryCounts().get(entry.id) ?? 0} />
    </div>
  );
}
