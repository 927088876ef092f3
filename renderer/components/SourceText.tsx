import type { Node } from 'prosemirror-model';
import type { ReactNode } from 'react';

interface Props {
  readonly source: Node;
  /** UTF-16 length of a run-in heading at the start, shown as a heading inside the paragraph. */
  readonly runIn: number | null;
}

function renderInline(node: Node, from: number, to: number): ReactNode[] {
  const out: ReactNode[] = [];
  let pos = 0;
  node.forEach((child, _offset, i) => {
    const text = child.isText ? (child.text ?? '') : '\n';
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + text.length);
    pos += text.length;
    if (start >= end) return;
    let content: ReactNode = child.isText ? text.slice(start - (pos - text.length), end - (pos - text.length)) : <br />;
    for (const mark of child.marks) {
      if (mark.type.name === 'strong') content = <strong>{content}</strong>;
      else if (mark.type.name === 'em') content = <em>{content}</em>;
    }
    out.push(<span key={`${i}-${start}`}>{content}</span>);
  });
  return out;
}

/** The read-only Chinese of a unit; a run-in heading is set apart from the body that follows it. */
export function SourceText({ source, runIn }: Props): ReactNode {
  const length = source.textContent.length;
  if (runIn === null) return <>{renderInline(source, 0, length)}</>;
  return (
    <>
      <span className="run-in-heading">{renderInline(source, 0, runIn)}</span>
      {renderInline(source, runIn, length)}
    </>
  );
}
