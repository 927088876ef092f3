import { childrenNamed, decodeXml, parseXml, type XmlElement, type XmlProblemCode } from '../xml/parseXml.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import type { PlainText, SpanMark } from '../document/plainText.js';

/**
 * XLIFF interchange.
 *
 * Export (`writeXliff.ts`) writes XLIFF 2.0 core (valid against xliff_core_2.0.xsd): one `<file>` carrying the source
 * file's SHA-256 (`dz:sourceSha256`), one `<unit>` per paragraph that is not excluded, with the
 * paragraph's id, one `<segment>` (tools may re-segment; merge joins segments again), the state,
 * and the paragraph's notes. Inline: bold and italic as `<sc>`/`<ec>` of type fmt (xlf:b, xlf:i),
 * a line break as `<ph subType="xlf:lb">`, a glossary link as an `<sm type="term">`/`<em>` pair whose
 * ref names the entry, a note's anchor as an `<sm type="comment" ref="#n=…">`/`<em>` pair pointing at
 * the unit's `<note>`. Spans may overlap, which is why the split forms are used.
 *
 * Statuses: untranslated → initial without a target; draft → translated with subState
 * dz:draft; translated → translated; reviewed → reviewed; rejected → translated with subState
 * dz:rejected (XLIFF 2.0 has no rejected state: other tools see a translation still to review).
 * Back in, final counts as reviewed and a target in state initial as a draft.
 *
 * Review: a reviewer's comment is a `<note category="dz:review">` with `dz:author`; each pending
 * tracked change of a paragraph is a `<note category="dz:trackedChange">` (author, time, what was
 * deleted and inserted) for the reader. Change notes are not read back: the project keeps its own. XLIFF 1.2 is read too (trans-unit, state, approved, notes).
 */

export const DZ_NAMESPACE = 'urn:duizhao:xliff:1';
export const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const TERM_REF = 'urn:duizhao:term:';

export type XliffProblemCode =
  | XmlProblemCode
  | 'xliff.notXliff'
  | 'xliff.version'
  | 'xliff.invalid'
  | 'xliff.duplicateId'
  | 'xliff.noUnits'
  | 'xliff.otherSource'
  | 'xliff.unknownUnit'
  | 'xliff.sourceChanged'
  | 'xliff.languages';

export interface XliffNote {
  /** Our note id when the note came from Duizhao; null for a note written by another tool. */
  readonly id: string | null;
  readonly text: string;
  /** A reviewer's comment (`category="dz:review"`), with its author when given. */
  readonly review?: { readonly author: string };
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

export type XliffState = 'initial' | 'translated' | 'reviewed' | 'final' | 'draft' | 'rejected';

export interface XliffUnit {
  readonly id: string;
  readonly source: PlainText;
  /** Null when the unit has no target at all. */
  readonly target: PlainText | null;
  /** The state, read in XLIFF 2.0 terms (1.2's states mapped to them); null when the file gives none. */
  readonly state: XliffState | null;
  readonly notes: readonly XliffNote[];
}

export interface XliffDocument {
  readonly version: '1.2' | '2.0';
  readonly sourceLang: string;
  readonly targetLang: string;
  /** The name of the file the XLIFF was made from, as the file says. */
  readonly original: string;
  /** The source file's SHA-256 when a Duizhao export wrote it. */
  readonly sourceSha256: string | null;
  readonly units: readonly XliffUnit[];
}

// ---------------------------------------------------------------- reading

type ReadResult<T> = Result<T, Problem<XliffProblemCode>>;

/** Reads inline content of XLIFF 2.0, tracking `<sc>`/`<sm>` across the segments of a unit. */
class Inline2Reader {
  private text = '';
  private marks: SpanMark[] = [];
  private readonly open = new Map<string, { type: string; attrs?: Record<string, unknown>; start: number }>();
  private readonly seen = new Set<string>();
  problem: Problem<XliffProblemCode> | null = null;

  constructor(private readonly unitId: string) {}

  read(element: XmlElement): void {
    for (const child of element.children) {
      if (this.problem) return;
      if (typeof child === 'string') {
        this.text += child;
        continue;
      }
      const a = child.attrs;
      switch (child.name) {
        case 'cp': {
          const code = Number.parseInt(a['hex'] ?? '', 16);
          if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) this.text += String.fromCodePoint(code);
          break;
        }
        case 'ph':
          if (a['subType'] === 'xlf:lb') this.text += '\n';
          break;
        case 'sc':
        case 'sm': {
          const id = a['id'] ?? '';
          if (this.seen.has(id)) {
            this.problem = { code: 'xliff.invalid', params: { unit: this.unitId, rule: `two inline elements have the id ${id}` } };
            return;
          }
          this.seen.add(id);
          if (child.name === 'sc' && a['isolated'] === 'yes') break;
          this.open.set(id, { ...spanKind(child), start: this.text.length });
          break;
        }
        case 'ec':
        case 'em': {
          const ref = a['startRef'];
          if (ref === undefined) {
            if (child.name === 'ec' && a['isolated'] === 'yes') break;
            this.problem = { code: 'xliff.invalid', params: { unit: this.unitId, rule: `<${child.name}> without startRef` } };
            return;
          }
          const started = this.open.get(ref);
          if (!started) {
            this.problem = { code: 'xliff.invalid', params: { unit: this.unitId, rule: `<${child.name} startRef="${ref}"> comes before its start` } };
            return;
          }
          this.open.delete(ref);
          this.pushSpan(started.type, started.attrs, started.start);
          break;
        }
        case 'pc':
        case 'mrk': {
          const id = a['id'];
          if (id !== undefined) {
            if (this.seen.has(id)) {
              this.problem = { code: 'xliff.invalid', params: { unit: this.unitId, rule: `two inline elements have the id ${id}` } };
              return;
            }
            this.seen.add(id);
          }
          const kind = spanKind(child);
          const start = this.text.length;
          this.read(child);
          this.pushSpan(kind.type, kind.attrs, start);
          break;
        }
        default:
          this.read(child);
      }
    }
  }

  private pushSpan(type: string, attrs: Record<string, unknown> | undefined, start: number): void {
    if (type && start < this.text.length) this.marks.push({ type, start, end: this.text.length, ...(attrs ? { attrs } : {}) });
  }

  /** Takes what was read since the last take (one side of one unit) and starts again from empty. */
  take(): PlainText {
    // Spans left open at the end of a side close there.
    for (const [id, o] of this.open) {
      this.pushSpan(o.type, o.attrs, o.start);
      this.open.delete(id);
    }
    const out = { text: this.text, marks: this.marks };
    this.text = '';
    this.marks = [];
    return out;
  }
}

/** What mark an inline element stands for: bold, italic, a term link, a note anchor, or none (''). */
function spanKind(e: XmlElement): { type: string; attrs?: Record<string, unknown> } {
  const a = e.attrs;
  if (a['subType'] === 'xlf:b') return { type: 'strong' };
  if (a['subType'] === 'xlf:i') return { type: 'em' };
  const ref = a['ref'] ?? '';
  if (a['type'] === 'term' && ref.startsWith(TERM_REF)) return { type: 'term', attrs: { entryId: ref.slice(TERM_REF.length) } };
  if (a['type'] === 'comment' && ref.startsWith('#n=')) return { type: 'note', attrs: { noteId: ref.slice(3) } };
  return { type: '' };
}

const STATE_RANK: Record<string, number> = { initial: 0, draft: 1, rejected: 1, translated: 2, reviewed: 3, final: 4 };
const SUB_STATES: Record<string, XliffState> = { 'dz:draft': 'draft', 'dz:rejected': 'rejected' };

function readUnit2(unit: XmlElement): ReadResult<XliffUnit | null> {
  const id = unit.attrs['id'] ?? '';
  if (unit.attrs['translate'] === 'no') return ok(null);
  const reader = new Inline2Reader(id);
  const targetReader = new Inline2Reader(id);
  let hasTarget = false;
  let state: XliffState | null = null;
  for (const part of unit.children) {
    if (typeof part === 'string' || (part.name !== 'segment' && part.name !== 'ignorable')) continue;
    const source = childrenNamed(part, 'source')[0];
    const target = childrenNamed(part, 'target')[0];
    if (!source) return fail('xliff.invalid', { unit: id, rule: `<${part.name}> without <source>` });
    reader.read(source);
    if (target) {
      hasTarget = true;
      targetReader.read(target);
    } else if (part.name === 'ignorable') targetReader.read(source);
    if (reader.problem) return { ok: false, error: reader.problem };
    if (targetReader.problem) return { ok: false, error: targetReader.problem };
    if (part.name === 'segment') {
      const s = SUB_STATES[part.attrs['subState'] ?? ''] ?? (part.attrs['state'] as XliffState | undefined) ?? 'initial';
      if (!(s in STATE_RANK)) return fail('xliff.invalid', { unit: id, rule: `state="${s}"` });
      if (state === null || (STATE_RANK[s] as number) < (STATE_RANK[state] as number)) state = s;
    }
  }
  const notes: XliffNote[] = [];
  for (const notesEl of childrenNamed(unit, 'notes')) {
    for (const n of childrenNamed(notesEl, 'note')) {
      const text = flatText(n).trim();
      if (!text || n.attrs['category'] === 'dz:trackedChange') continue;
      const created = n.attrs['dz:createdAt'];
      const updated = n.attrs['dz:updatedAt'];
      const review = n.attrs['category'] === 'dz:review' ? { review: { author: n.attrs['dz:author'] ?? '' } } : {};
      notes.push({ id: n.attrs['id'] ?? null, text, ...(created ? { createdAt: created } : {}), ...(updated ? { updatedAt: updated } : {}), ...review });
    }
  }
  const target = targetReader.take();
  return ok({ id, source: reader.take(), target: hasTarget ? target : null, state, notes });
}

function flatText(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : flatText(c))).join('');
}

/** The units (`unit` in 2.0, `trans-unit` in 1.2) of a file or body, those in groups included, in order; a group with translate="no" is left out. */
function collectUnits(container: XmlElement, unitName: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of container.children) {
    if (typeof c === 'string') continue;
    if (c.name === unitName) out.push(c);
    else if (c.name === 'group' && c.attrs['translate'] !== 'no') collectUnits(c, unitName, out);
  }
  return out;
}

/** Every unit of a file has an id, and no two the same. */
function checkIds(units: readonly XmlElement[], unitName: string): Problem<XliffProblemCode> | null {
  const ids = new Set<string>();
  for (const u of units) {
    const id = u.attrs['id'] ?? '';
    if (!id) return { code: 'xliff.invalid', params: { unit: '-', rule: `<${unitName}> without id` } };
    if (ids.has(id)) return { code: 'xliff.duplicateId', params: { id } };
    ids.add(id);
  }
  return null;
}

function readXliff2(root: XmlElement): ReadResult<XliffDocument> {
  const units: XliffUnit[] = [];
  const files = childrenNamed(root, 'file');
  if (!files.length) return fail('xliff.invalid', { unit: '-', rule: 'no <file>' });
  for (const f of files) {
    const unitEls = collectUnits(f, 'unit');
    const idProblem = checkIds(unitEls, 'unit');
    if (idProblem) return { ok: false, error: idProblem };
    for (const u of unitEls) {
      const read = readUnit2(u);
      if (!read.ok) return read;
      if (read.value) units.push(read.value);
    }
  }
  const first = files[0] as XmlElement;
  return ok({
    version: '2.0',
    sourceLang: root.attrs['srcLang'] ?? '',
    targetLang: root.attrs['trgLang'] ?? '',
    original: first.attrs['original'] ?? '',
    sourceSha256: first.attrs['dz:sourceSha256'] ?? null,
    units,
  });
}

/** XLIFF 1.2 inline content: text of `<g>`, `<mrk>`; the native code of `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<sub>` is left out. */
function inline12(e: XmlElement): string {
  let out = '';
  for (const c of e.children) {
    if (typeof c === 'string') out += c;
    else if (c.name === 'g' || c.name === 'mrk') out += inline12(c);
  }
  return out;
}

const STATE12: Record<string, XliffState> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'draft',
  'needs-l10n': 'draft',
  'needs-review-translation': 'draft',
  'needs-review-adaptation': 'draft',
  'needs-review-l10n': 'draft',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

function readXliff12(root: XmlElement): ReadResult<XliffDocument> {
  const files = childrenNamed(root, 'file');
  if (!files.length) return fail('xliff.invalid', { unit: '-', rule: 'no <file>' });
  const units: XliffUnit[] = [];
  for (const f of files) {
    const body = childrenNamed(f, 'body')[0];
    if (!body) return fail('xliff.invalid', { unit: '-', rule: '<file> without <body>' });
    const tus = collectUnits(body, 'trans-unit');
    const idProblem = checkIds(tus, 'trans-unit');
    if (idProblem) return { ok: false, error: idProblem };
    for (const tu of tus) {
      const id = tu.attrs['id'] ?? '';
      if (tu.attrs['translate'] === 'no') continue;
      const source = childrenNamed(tu, 'source')[0];
      if (!source) return fail('xliff.invalid', { unit: id, rule: '<trans-unit> without <source>' });
      const targetEl = childrenNamed(tu, 'target')[0];
      const stateAttr = targetEl?.attrs['state'];
      let state: XliffState | null = stateAttr ? (STATE12[stateAttr] ?? null) : null;
      if (tu.attrs['approved'] === 'yes' && (state === null || (STATE_RANK[state] as number) < (STATE_RANK['translated'] as number))) state = 'translated';
      const notes = childrenNamed(tu, 'note')
        .map((n) => flatText(n).trim())
        .filter(Boolean)
        .map((text) => ({ id: null, text }));
      units.push({
        id,
        source: { text: inline12(source), marks: [] },
        target: targetEl ? { text: inline12(targetEl), marks: [] } : null,
        state,
        notes,
      });
    }
  }
  const first = files[0] as XmlElement;
  return ok({
    version: '1.2',
    sourceLang: first.attrs['source-language'] ?? '',
    targetLang: first.attrs['target-language'] ?? '',
    original: first.attrs['original'] ?? '',
    sourceSha256: null,
    units,
  });
}

/**
 * Reads XLIFF 1.2 or 2.0 from bytes (any encoding with BOM or declaration). Refused with a reason:
 * not XLIFF, another version, a unit id used twice in a file, an end marker before its start
 * (`<ec>` before `<sc>`), a `<segment>` without `<source>`. DOCTYPE and entities are never expanded.
 */
export function readXliff(bytes: Uint8Array): ReadResult<XliffDocument> {
  const text = decodeXml(bytes);
  if (!text.ok) return text;
  const parsed = parseXml(text.value);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.name !== 'xliff') return fail('xliff.notXliff', { root: root.name });
  const version = root.attrs['version'] ?? '';
  if (/^2\.\d$/.test(version)) return readXliff2(root);
  if (/^1\.[0-2]$/.test(version)) return readXliff12(root);
  return fail('xliff.version', { version: version || '?' });
}
