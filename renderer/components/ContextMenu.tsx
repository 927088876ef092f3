import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly shortcut?: string;
  readonly run: () => void;
}

/** A context menu at a point: arrow keys move, Enter runs, Escape or a click elsewhere closes. */
export function ContextMenu({ x, y, items, onClose }: { readonly x: number; readonly y: number; readonly items: readonly MenuItem[]; readonly onClose: () => void }): ReactNode {
  const menu = useRef<HTMLUListElement>(null);
  // A long menu near the bottom of the window opens upwards, so every item can be reached.
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const overflow = el.getBoundingClientRect().bottom - window.innerHeight;
    if (overflow > 0) el.style.top = `${Math.max(0, y - overflow - 4)}px`;
  }, [y]);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: MouseEvent): void => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
    else if (e.key === 'ArrowUp') buttons[(at + buttons.length - 1) % buttons.length]?.focus();
    else return;
    e.preventDefault();
  };
  return (
    <ul ref={menu} className="context-menu" role="menu" style={{ left: x, top: y }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            <span>{item.label}</span>
            {item.shortcut && <kbd>{item.shortcut}</kbd>}
          </button>
        </li>
      ))}
    </ul>
  );
}
