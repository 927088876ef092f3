import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { forEachUnit } from '../../../src/document/chunks.js';
import { plainTextOf, positionOfOffset, spanInOneCell } from '../../../src/document/plainText.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import type { Finder } from '../../../src/find/findText.js';
import { termHighlightKey } from './decorations.js';
import { hiddenRows } from './rowFilter.js';
import { touchedUnits } from './unitDecorations.js';

/** What the Find bar searches: a compiled query, the side, and the rows (null: every row). */
export interface FindSpec {
  readonly finder: Finder;
  readonly side: 'source' | 'target';
  /** Unit ids of the selected rows the search is limited to; null for all. */
  readonly scope: ReadonlySet<string> | null;
}

/** One occurrence: document positions, and plain-text offsets into its side of its unit. */
export interface DocMatch {
  readonly from: number;
  readonly to: number;
  readonly unitId: string;
  readonly start: number;
  readonly end: number;
}

export interface FindState {
  readonly spec: FindSpec | null;
  /** Every occurrence in the document, in order: rows off screen included. */
  readonly matches: readonly DocMatch[];
  /** The index of the current occurrence (the one selected), -1 before the first Next. */
  readonly current: number;
  readonly set: DecorationSet;
  /** The term plugin's chunks near the viewport the decorations were made for. */
  readonly shown: ReadonlySet<number> | null;
}

export const findKey = new PluginKey<FindState>('findHighlight');

type FindMeta = { readonly spec: FindSpec | null } | { readonly current: number };

/** Starts a search (or ends it: null); the current occurrence is none until the first Next. */
export function setFind(tr: Transaction, spec: FindSpec | null): Transaction {
  return tr.setMeta(findKey, { spec });
}

/** Makes occurrence `index` the current one (the caller selects it and scrolls). */
export function setCurrentMatch(tr: Transaction, index: number): Transaction {
  return tr.setMeta(findKey, { current: index });
}

export function findState(state: EditorState): FindState | null {
  return findKey.getState(state) ?? null;
}

/** The occurrences in one unit at `pos`, unless it is excluded, hidden by the filter or out of scope. */
function unitMatches(unit: Node, pos: number, spec: FindSpec, hidden: ReadonlySet<string> | null): DocMatch[] {
  const attrs = unitAttrs(unit);
  if (attrs.excluded || hidden?.has(attrs.id) || (spec.scope && !spec.scope.has(attrs.id))) return [];
  const side = spec.side === 'source' ? unit.child(0) : unit.child(1);
  const base = pos + 2 + (spec.side === 'source' ? 0 : unit.child(0).nodeSize);
  // In sentence mode an occurrence across two sentence cells is not offered: no edit may join cells.
  return spec.finder.find(plainTextOf(side).text).filter((m) => spanInOneCell(side, m.start, m.end)).map((m) => ({
    from: base + positionOfOffset(side, m.start),
    to: base + positionOfOffset(side, m.end),
    unitId: attrs.id,
    start: m.start,
    end: m.end,
  }));
}

function allMatches(doc: Node, spec: FindSpec, hidden: ReadonlySet<string> | null): DocMatch[] {
  const out: DocMatch[] = [];
  forEachUnit(doc, (unit, pos) => void out.push(...unitMatches(unit, pos, spec, hidden)));
  return out;
}

/** After an edit: the old occurrences mapped, those of the units the transaction touched found again. */
function remap(tr: Transaction, matches: readonly DocMatch[], spec: FindSpec, hidden: ReadonlySet<string> | null): DocMatch[] {
  const touched = [...touchedUnits(tr)].map(([pos, node]) => ({ from: pos, to: pos + node.nodeSize, node }));
  const inTouched = (at: number): boolean => touched.some((u) => at >= u.from && at < u.to);
  const out: DocMatch[] = [];
  for (const m of matches) {
    const from = tr.mapping.mapResult(m.from, 1);
    const to = tr.mapping.mapResult(m.to, -1);
    if (from.deleted || to.deleted || to.pos <= from.pos || inTouched(from.pos)) continue;
    out.push({ ...m, from: from.pos, to: to.pos });
  }
  for (const u of touched) out.push(...unitMatches(u.node, u.from, spec, hidden));
  return out.sort((a, b) => a.from - b.from);
}

/** The ranges of the chunks near the viewport (every chunk when `shown` holds -1 or is unknown). */
function nearViewport(doc: Node, shown: ReadonlySet<number> | null): ((pos: number) => boolean) | null {
  if (!shown || shown.has(-1)) return null;
  const ranges: Array<[number, number]> = [];
  let pos = 0;
  for (let c = 0; c < doc.childCount; c++) {
    const size = doc.child(c).nodeSize;
    if (shown.has(c)) ranges.push([pos, pos + size]);
    pos += size;
  }
  return (at) => ranges.some(([from, to]) => at >= from && at < to);
}

function decorate(doc: Node, matches: readonly DocMatch[], current: number, shown: ReadonlySet<number> | null): DecorationSet {
  const near = nearViewport(doc, shown);
  const decorations: Decoration[] = [];
  matches.forEach((m, i) => {
    if (i !== current && near && !near(m.from)) return;
    decorations.push(Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-current' : 'find-match' }));
  });
  return DecorationSet.create(doc, decorations);
}

const EMPTY: FindState = { spec: null, matches: [], current: -1, set: DecorationSet.empty, shown: null };

/**
 * The occurrences of the Find bar's query, searched in the document (rows off screen too, rows hidden
 * by the filter and excluded rows left out), found again only in the units an edit touched. Only the
 * chunks near the viewport carry highlight decorations, as with the term highlights (whose record of
 * those chunks this plugin reads), and the current occurrence wherever it is. Must come after the
 * term highlights and the filter among the plugins.
 */
export function findHighlight(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => EMPTY,
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        const hidden = hiddenRows(state);
        const shown = termHighlightKey.getState(state)?.shown ?? null;
        if (meta && 'spec' in meta) {
          if (!meta.spec) return EMPTY;
          const matches = allMatches(tr.doc, meta.spec, hidden);
          return { spec: meta.spec, matches, current: -1, set: decorate(tr.doc, matches, -1, shown), shown };
        }
        const { spec } = value;
        if (!spec) return value;
        let { matches, current } = value;
        if (hidden !== hiddenRows(_old)) {
          matches = allMatches(tr.doc, spec, hidden);
          current = -1;
        } else if (tr.docChanged) {
          const at = matches[current];
          matches = remap(tr, matches, spec, hidden);
          // The current occurrence stays current if it survived the edit; else none is, until Next.
          const mapped = at ? tr.mapping.map(at.from, 1) : -1;
          current = at ? matches.findIndex((m) => m.from === mapped && m.unitId === at.unitId) : -1;
        }
        if (meta && 'current' in meta) current = meta.current < matches.length ? meta.current : -1;
        if (matches === value.matches && current === value.current && shown === value.shown) return value;
        return { spec, matches, current, set: decorate(tr.doc, matches, current, shown), shown };
      },
    },
    props: { decorations: (state) => findKey.getState(state)?.set ?? null },
  });
}
