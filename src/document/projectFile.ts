import { Mark, type AttributeSpec, type Attrs, type MarkType, type Node, type NodeType } from 'prosemirror-model';
import * as z from 'zod';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import { schema } from './schema.js';
import { segmentsMatchSource } from './segments.js';
import { plainTextOf } from './plainText.js';
import { recordFits } from './reviewRecord.js';
import { unitAttrs } from './unitAttrs.js';

/** The format name written at the top of every project file. */
/** The extension of a project file. */
export const PROJECT_EXTENSION = '.duizhao';

export const PROJECT_FORMAT = 'duizhao-project';
/**
 * The project file version this build writes and the newest it reads. Version 2 renamed the
 * exclusion value `boilerplate` to `chrome` and added `excludedReason` to units; version 1 files are
 * migrated when read (`migrateProjectJson`). Version 3 lets a unit's English be sentence cells
 * (`segments`, sentence mode) and added review mode (a unit's `review` record of tracked changes,
 * reviewer comments as notes of kind `review`, the spell check's ignored words); version 2 files read
 * as they are (every unit in paragraph mode, no review), and a build that knows only version 2
 * refuses a version 3 file as newer rather than misread or silently drop it.
 */
export const PROJECT_VERSION = 3;
/** Largest project file read, in bytes (a 2,000-paragraph translated report is about 2 MB). */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

export type ProjectProblemCode =
  | 'project.tooLarge'
  | 'project.notJson'
  | 'project.notDuizhao'
  | 'project.newerVersion'
  | 'project.invalid'
  | 'project.duplicateId';

const isoDate = z.iso.datetime({ offset: true });

const sourceInfo = z.object({
  fileName: z.string().max(1024),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** How a text or HTML file was decoded; null for Word and PDF files, which carry their own text encoding. */
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']).nullable(),
  format: z.enum(['text', 'html', 'docx', 'pdf']),
  importedAt: isoDate,
});

const note = z.object({
  id: z.string().min(1).max(64),
  text: z.string().max(20_000),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** `review` for a reviewer's comment on a span; absent for a translator's note. */
  kind: z.enum(['review']).optional(),
  /** Who wrote a reviewer's comment. */
  author: z.string().max(200).optional(),
});

const header = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  createdAt: isoDate,
  savedAt: isoDate.nullable(),
  source: sourceInfo,
  /** Linked glossary files: relative to the project's folder on disk, absolute in the running app. */
  glossaries: z.array(z.string().min(1).max(4096)).max(100).default([]),
  /** Translator's notes, anchored in the text by `note` marks with their id. */
  notes: z.array(note).max(100_000).default([]),
  /** Fingerprints of QA findings the translator chose to ignore (they return when the text changes). */
  qaIgnored: z.array(z.string().max(80)).max(1_000_000).default([]),
  /** Words the translator told the spell check to ignore in this project (the spell menu's Ignore). */
  spellIgnored: z.array(z.string().min(1).max(200)).max(100_000).default([]),
  /** The unit the caret was in when the project was saved: reopening puts the caret there (absent in older files). */
  lastUnit: z.string().min(1).max(64).optional(),
  doc: z.record(z.string(), z.unknown()),
});

/** A translator's note: its text lives here, its anchor is a `note` mark on a span of either side. */
export type ProjectNote = z.infer<typeof note>;

/** Where the project's Chinese text came from: file name, content hash, how it was decoded. */
export type SourceInfo = z.infer<typeof sourceInfo>;

/** The JSON of a `*.duizhao` file: a versioned header and the document as `node.toJSON()`. */
export type ProjectFile = z.infer<typeof header>;

/** A project file whose document has been checked against the schema. */
export interface LoadedProject {
  readonly file: ProjectFile;
  readonly doc: Node;
}

/**
 * Creates the file record of a new, never-saved project. `now` is an ISO timestamp; `notes` are
 * notes the import brought (a Word file's footnotes), anchored by `note` marks in `doc`.
 */
export function createProjectFile(doc: Node, source: SourceInfo, now: string, glossaries: string[] = [], notes: ProjectNote[] = []): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    createdAt: now,
    savedAt: null,
    source,
    glossaries,
    notes,
    qaIgnored: [],
    spellIgnored: [],
    doc: doc.toJSON() as Record<string, unknown>,
  };
}

/** Serialises a project file as UTF-8 JSON text, indented for readable diffs, ending with a newline. */
export function serializeProjectFile(file: ProjectFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Brings the JSON of an older project file up to `PROJECT_VERSION`, returning a new object (the input
 * is not changed): version 1's `excluded: "boilerplate"` becomes `"chrome"` (with no reason known);
 * version 2 needs nothing but its number.
 * JSON of the current version, or of a shape it cannot read, is returned as it is.
 */
export function migrateProjectJson(json: Record<string, unknown>): Record<string, unknown> {
  // Version 2 is version 3 without sentence cells, review records, comments or ignored words: the defaults fill them.
  if (json['version'] === 2) return { ...json, version: PROJECT_VERSION };
  if (json['version'] !== 1) return json;
  const doc = json['doc'];
  const units = typeof doc === 'object' && doc !== null ? (doc as { content?: unknown }).content : undefined;
  const migrated = Array.isArray(units)
    ? units.map((unit: unknown) => {
        const attrs = typeof unit === 'object' && unit !== null ? (unit as { attrs?: unknown }).attrs : undefined;
        if (typeof attrs !== 'object' || attrs === null || (attrs as Record<string, unknown>)['excluded'] !== 'boilerplate') return unit;
        return { ...(unit as object), attrs: { ...(attrs as object), excluded: 'chrome' } };
      })
    : units;
  return { ...json, version: PROJECT_VERSION, doc: Array.isArray(units) ? { ...(doc as object), content: migrated } : doc };
}

function describeIssue(issue: z.core.$ZodIssue): Record<string, string> {
  return { path: issue.path.map(String).join('.') || '(root)', detail: issue.message };
}

/**
 * Parses and validates the text of a project file: JSON, then everything `validateProjectFile`
 * checks (format name, version — a newer one is refused, an older one migrated —, header fields, the
 * document against the schema, unique unit ids). Never throws on bad input.
 */
export function parseProjectFile(text: string): Result<LoadedProject, Problem<ProjectProblemCode>> {
  if (text.length > MAX_PROJECT_BYTES) return fail('project.tooLarge', { limit: MAX_PROJECT_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    // V8's message quotes the file's text; only the position is reported, so no content leaks into messages.
    const position = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    // Some of V8's messages ("Unexpected token", "Unexpected end") give no position: the message then says none (i18next context).
    return fail('project.notJson', position ? lineAndColumn(text, Number(position[1])) : { context: 'unplaced' });
  }
  return validateProjectFile(json);
}

/**
 * Validates a project as JSON values (read from a file, or sent by the UI): format name, version
 * (a newer one is refused), header fields, the document against the schema (node types, attribute
 * values, content expressions) and unique unit and note ids. Answers the file and its document.
 * Never throws on bad input.
 */
export function validateProjectFile(json: unknown): Result<LoadedProject, Problem<ProjectProblemCode>> {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== PROJECT_FORMAT) {
    return fail('project.notDuizhao');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isFinite(version) && version > PROJECT_VERSION) {
    return fail('project.newerVersion', { version, supported: PROJECT_VERSION });
  }
  const parsed = header.safeParse(migrateProjectJson(json as Record<string, unknown>));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('project.invalid', first ? describeIssue(first) : { path: '(root)', detail: 'invalid' });
  }
  let doc: Node;
  try {
    doc = schema.nodeFromJSON(parsed.data.doc);
  } catch (e) {
    return fail('project.invalid', { path: 'doc', detail: e instanceof Error ? e.message : String(e) });
  }
  const problem = checkDocument(doc, parsed.data.notes);
  return problem ? { ok: false, error: problem } : ok({ file: parsed.data, doc });
}

/**
 * Checks a document and the project's notes as a file must hold them: the schema's content and
 * attribute rules, unique unit ids, unique note ids. Null when they hold.
 */
function checkDocument(doc: Node, notes: readonly ProjectNote[]): Problem<ProjectProblemCode> | null {
  // Chunks are the editor's own level: a file holds its units directly.
  if (doc.firstChild?.type !== schema.nodes.unit) return { code: 'project.invalid', params: { path: 'doc', detail: 'a project document holds units' } };
  try {
    checkTree(doc);
  } catch (e) {
    return { code: 'project.invalid', params: { path: 'doc', detail: e instanceof Error ? e.message : String(e) } };
  }
  const seen = new Set<string>();
  for (let i = 0; i < doc.childCount; i++) {
    const { id, review } = unitAttrs(doc.child(i));
    if (seen.has(id)) return { code: 'project.duplicateId', params: { id } };
    if (!segmentsMatchSource(doc.child(i))) return { code: 'project.invalid', params: { path: `doc.content.${i}`, detail: 'as many sentence cells as Chinese sentences' } };
    seen.add(id);
    if (review && !recordFits(review, plainTextOf(doc.child(i).child(1)).text.length)) {
      return { code: 'project.invalid', params: { path: `doc.content.${i}.attrs.review`, detail: 'tracked changes do not fit the English' } };
    }
  }
  const noteIds = new Set<string>();
  for (const n of notes) {
    if (noteIds.has(n.id)) return { code: 'project.duplicateId', params: { id: n.id } };
    noteIds.add(n.id);
  }
  return null;
}

type Validator = (value: unknown) => void;

/** A spec's `validate`, as ProseMirror reads it: a function, or type names such as "string|null". */
function validatorOf(typeName: string, attrName: string, validate: AttributeSpec['validate']): Validator | null {
  if (typeof validate === 'function') return validate as Validator;
  if (typeof validate !== 'string') return null;
  const types = validate.split('|');
  return (value) => {
    const name = value === null ? 'null' : typeof value;
    if (!types.includes(name)) throw new RangeError(`Expected value of type ${types.join(',')} for attribute ${attrName} on type ${typeName}, got ${name}`);
  };
}

/** Each node and mark type's attribute validators, in a list (the schema's are fixed). */
const validators = new Map<NodeType | MarkType, ReadonlyArray<readonly [string, Validator]>>();
for (const type of [...Object.values(schema.nodes), ...Object.values(schema.marks)]) {
  const list: Array<readonly [string, Validator]> = [];
  for (const [name, spec] of Object.entries((type.spec.attrs ?? {}) as Record<string, AttributeSpec>)) {
    const validate = validatorOf(type.name, name, spec.validate);
    if (validate) list.push([name, validate]);
  }
  validators.set(type, list);
}

function checkAttrs(type: NodeType | MarkType, attrs: Attrs): void {
  for (const [name, validate] of validators.get(type) ?? []) validate(attrs[name]);
}

/**
 * What ProseMirror's `doc.check()` checks (each node's content against its type's content expression
 * and allowed marks, attribute values, mark sets sorted and without duplicates), in one pass that
 * skips what cannot fail: a text node's (empty) content, and unknown attributes, since a node's
 * attributes are always built from its type's list. Throws a RangeError as `check()` does; a test
 * holds the two to the same verdicts.
 */
export function checkTree(node: Node): void {
  if (!node.isText && !node.type.validContent(node.content)) throw new RangeError(`Invalid content for node ${node.type.name}: ${node.content.toString().slice(0, 50)}`);
  checkAttrs(node.type, node.attrs);
  const marks = node.marks;
  if (marks.length) {
    let copy = Mark.none;
    for (const mark of marks) {
      checkAttrs(mark.type, mark.attrs);
      copy = mark.addToSet(copy);
    }
    if (!Mark.sameSet(copy, marks)) throw new RangeError(`Invalid collection of marks for node ${node.type.name}: ${marks.map((m) => m.type.name).join(',')}`);
  }
  for (let i = 0; i < node.childCount; i++) checkTree(node.child(i));
}

/**
 * Validates a project about to be written whose document is at hand as a node (`file.doc` being its
 * JSON): everything `validateProjectFile` checks, without parsing the document back from JSON.
 */
export function validateProject(file: ProjectFile, doc: Node): Result<ProjectFile, Problem<ProjectProblemCode>> {
  const parsed = header.safeParse(file);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('project.invalid', first ? describeIssue(first) : { path: '(root)', detail: 'invalid' });
  }
  const problem = checkDocument(doc, parsed.data.notes);
  return problem ? { ok: false, error: problem } : ok(parsed.data);
}
