import type { Mark, Node } from 'prosemirror-model';
import { plainTextOf, type SpanMark } from '../document/describeProject.js';
import { schema } from '../document/schema.js';

/** Inline content as plain text (hard breaks as "\n") and its marks as spans: how XLIFF inline markup is read and written. */
export interface InlineContent {
  readonly text: string;
  readonly marks: readonly SpanMark[];
}

/** The inline content of a source or target node. */
export function inlineOf(node: Node): InlineContent {
  return plainTextOf(node);
}

function markOf(span: SpanMark): Mark | null {
  const type = schema.marks[span.type as keyof typeof schema.marks];
  if (!type) return null;
  try {
    return type.create(span.attrs ?? null);
  } catch {
    return null;
  }
}

/**
 * Builds the content of a source or target node from text and mark spans: "\n" becomes a hard
 * break, every stretch between span edges a text node with the marks that cover it. Spans of
 * unknown types or out of range are dropped.
 */
export function nodesOf(content: InlineContent): Node[] {
  const { text } = content;
  const spans = content.marks.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  const edges = new Set<number>([0, text.length]);
  for (const s of spans) edges.add(s.start).add(s.end);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) edges.add(i).add(i + 1);
  const cuts = [...edges].sort((a, b) => a - b);
  const marks = spans.map((s) => ({ span: s, mark: markOf(s) }));
  const out: Node[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k] as number;
    const to = cuts[k + 1] as number;
    const piece = text.slice(from, to);
    if (!piece) continue;
    if (piece === '\n') {
      out.push(schema.nodes.hard_break.create());
      continue;
    }
    let set: readonly Mark[] = [];
    for (const { span, mark } of marks) if (mark && span.start <= from && span.end >= to) set = mark.addToSet(set);
    out.push(schema.text(piece, set));
  }
  return out;
}
