import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface Props {
  readonly title: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/** Where a dialog puts the focus: its first field, else its main button, else its first control. */
const FIELD = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])';
const MAIN_BUTTON = 'button[type="submit"]:not([disabled]), button.primary:not([disabled])';

/**
 * A modal dialog: labelled by its title; the focus in its first field (so typing never reaches the
 * document behind it), Enter submits its form (in a text box too: Shift+Enter there starts a new line),
 * Escape cancels.
 */
export function Modal({ title, onCancel, children }: Props): ReactNode {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  // Before the dialog is painted (a layout effect, not a passive one, which may run after the paint): a
  // key pressed as soon as the dialog shows goes into it, never to the document behind.
  useLayoutEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = panel.current;
    const first = root?.querySelector<HTMLElement>(FIELD) ?? root?.querySelector<HTMLElement>(MAIN_BUTTON) ?? root?.querySelector<HTMLElement>('button, [tabindex="0"]');
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="modal-backdrop">
      <div
        ref={panel}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && e.target instanceof HTMLTextAreaElement && e.target.form) {
            e.preventDefault();
            e.target.form.requestSubmit();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
