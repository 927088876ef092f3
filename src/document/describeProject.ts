import type { Node } from 'prosemirror-model';
import { segmentSentences } from '../import/segmentSentences.js';
import type { ProjectFile } from './projectFile.js';
import { documentProgress } from './progress.js';
import { unitAttrs, UNIT_STATUSES, type ChromeReason, type ExclusionReason, type UnitKind, type UnitStatus } from './unitAttrs.js';

/** A mark on a span of plain text: UTF-16 offsets, half-open. */
export interface SpanMark {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

/** One unit as the CLI's `info --json` prints it. */
export interface UnitDescription {
  readonly id: string;
  readonly kind: UnitKind;
  readonly level: number | null;
  readonly runInHeading: string | null;
  readonly excluded: ExclusionReason | null;
  /** What kind of chrome detection found (`toolbar`, `sourceDate`, `caption`, …); null unless `excluded` is `chrome`. */
  readonly excludedReason: ChromeReason | null;
  readonly status: UnitStatus;
  readonly source: string;
  readonly target: string;
  readonly sourceMarks?: readonly SpanMark[];
  readonly targetMarks?: readonly SpanMark[];
  /** Sentences of the source, as [start, end) UTF-16 offsets. */
  readonly sentences: ReadonlyArray<readonly [number, number]>;
}

export interface ProjectDescription {
  readonly title: string | null;
  readonly source: { readonly fileName: string; readonly sha256: string; readonly encoding: string | null; readonly format: string };
  readonly createdAt: string;
  readonly savedAt: string | null;
  readonly units: readonly UnitDescription[];
  readonly totals: {
    readonly units: number;
    readonly excluded: number;
    readonly byStatus: Readonly<Record<UnitStatus, number>>;
    readonly unitsDone: number;
    readonly unitsTotal: number;
    readonly charsDone: number;
    readonly charsTotal: number;
  };
}

/** The plain text of an inline node (hard breaks as newlines) and its marks as spans. */
export function plainTextOf(node: Node): { text: string; marks: SpanMark[] } {
  let text = '';
  const marks: SpanMark[] = [];
  node.forEach((child) => {
    const start = text.length;
    text += child.isText ? (child.text ?? '') : child.type.name === 'hard_break' ? '\n' : '';
    for (const mark of child.marks) {
      const last = marks[marks.length - 1];
      const attrs = Object.keys(mark.attrs).length ? mark.attrs : undefined;
      if (last && last.type === mark.type.name && last.end === start && JSON.stringify(last.attrs) === JSON.stringify(attrs)) {
        marks[marks.length - 1] = { ...last, end: text.length };
      } else {
        marks.push({ type: mark.type.name, start, end: text.length, ...(attrs ? { attrs } : {}) });
      }
    }
  });
  return { text, marks };
}

/** The position within an inline node's content of a plain-text offset as `plainTextOf` counts it. */
export function positionOfOffset(node: Node, offset: number): number {
  let plain = 0;
  let pos = 0;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    const length = child.isText ? (child.text ?? '').length : child.type.name === 'hard_break' ? 1 : 0;
    if (offset < plain + length || (child.isText && offset === plain + length)) return pos + (child.isText ? offset - plain : 0);
    plain += length;
    pos += child.nodeSize;
  }
  return pos;
}

/** Describes a project for people and scripts: units in order with their structure, status and text, and totals. */
export function describeProject(file: ProjectFile, doc: Node): ProjectDescription {
  const byStatus = Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0])) as Record<UnitStatus, number>;
  const units: UnitDescription[] = [];
  let excluded = 0;
  let title: string | null = null;
  doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    const source = plainTextOf(unit.child(0));
    const target = plainTextOf(unit.child(1));
    if (attrs.excluded) excluded++;
    else byStatus[attrs.status]++;
    if (attrs.kind === 'title' && title === null && !attrs.excluded) title = source.text;
    units.push({
      id: attrs.id,
      kind: attrs.kind,
      level: attrs.level,
      runInHeading: attrs.runIn === null ? null : source.text.slice(0, attrs.runIn),
      excluded: attrs.excluded,
      excludedReason: attrs.excluded === 'chrome' ? attrs.excludedReason : null,
      status: attrs.status,
      source: source.text,
      target: target.text,
      ...(source.marks.length ? { sourceMarks: source.marks } : {}),
      ...(target.marks.length ? { targetMarks: target.marks } : {}),
      sentences: segmentSentences(source.text).map((r) => [r.start, r.end] as const),
    });
  });
  const progress = documentProgress(doc);
  return {
    title,
    source: { fileName: file.source.fileName, sha256: file.source.sha256, encoding: file.source.encoding, format: file.source.format },
    createdAt: file.createdAt,
    savedAt: file.savedAt,
    units,
    totals: { units: units.length, excluded, byStatus, ...progress },
  };
}
