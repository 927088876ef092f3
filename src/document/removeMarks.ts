import { Fragment, type Mark, type Node } from 'prosemirror-model';

/**
 * A copy of an inline-content node (a source or target) without the marks the predicate picks;
 * the same node when none match, so callers can tell nothing changed.
 */
export function removeMarks(node: Node, remove: (mark: Mark) => boolean): Node {
  let changed = false;
  const children: Node[] = [];
  node.forEach((child) => {
    const kept = child.marks.filter((m) => !remove(m));
    if (kept.length !== child.marks.length) changed = true;
    children.push(kept.length === child.marks.length ? child : child.mark(kept));
  });
  return changed ? node.copy(Fragment.fromArray(children)) : node;
}
