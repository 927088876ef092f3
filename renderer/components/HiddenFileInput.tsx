import type { ReactNode, RefObject } from 'react';

/**
 * A file input that is not shown: a button or a menu command clicks it. Each choice is handed on and
 * the input cleared, so choosing the same file again reads it again.
 */
export function HiddenFileInput(props: { readonly inputRef: RefObject<HTMLInputElement | null>; readonly accept: string; readonly label: string; readonly onFile: (file: File) => void }): ReactNode {
  return (
    <input
      ref={props.inputRef}
      type="file"
      accept={props.accept}
      aria-label={props.label}
      className="visually-hidden"
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) props.onFile(file);
      }}
    />
  );
}
