import type { Node } from 'prosemirror-model';
import { segmentSentences } from '../../src/import/segmentSentences.js';
import type { ProjectFile } from '../../src/document/projectFile.js';
import { plainTextOf, type SpanMark } from '../../src/document/plainText.js';
import { documentProgress } from '../../src/document/progress.js';
import { projectTitle } from '../../src/document/projectTitle.js';
import { isSentenceMode } from '../../src/document/segments.js';
import { unitAttrs, UNIT_STATUSES, type ChromeReason, type ExclusionReason, type UnitKind, type UnitStatus } from '../../src/document/unitAttrs.js';

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
  /** Sentence mode only: each sentence's English and status, in the order of `sentences` (`target` is them joined). */
  readonly segments?: ReadonlyArray<{ readonly status: UnitStatus; readonly target: string }>;
}

export interface ProjectDescription {
  /** `projectTitle`: the title unit's Chinese, else the source file's name. */
  readonly title: string;
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
    /** Words of the English written so far (`countWords`). */
    readonly englishWords: number;
  };
}

function segmentsOf(segments: Node): Array<{ status: UnitStatus; target: string }> {
  const out: Array<{ status: UnitStatus; target: string }> = [];
  segments.forEach((cell) => void out.push({ status: cell.attrs['status'] as UnitStatus, target: plainTextOf(cell).text }));
  return out;
}

/** Describes a project for people and scripts: units in order with their structure, status and text, and totals. */
export function describeProject(file: ProjectFile, doc: Node): ProjectDescription {
  const byStatus = Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0])) as Record<UnitStatus, number>;
  const units: UnitDescription[] = [];
  let excluded = 0;
  doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    const source = plainTextOf(unit.child(0));
    const target = plainTextOf(unit.child(1));
    if (attrs.excluded) excluded++;
    else byStatus[attrs.status]++;
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
      ...(isSentenceMode(unit) ? { segments: segmentsOf(unit.child(1)) } : {}),
    });
  });
  const progress = documentProgress(doc);
  return {
    title: projectTitle(doc, file.source.fileName),
    source: { fileName: file.source.fileName, sha256: file.source.sha256, encoding: file.source.encoding, format: file.source.format },
    createdAt: file.createdAt,
    savedAt: file.savedAt,
    units,
    totals: { units: units.length, excluded, byStatus, ...progress },
  };
}
