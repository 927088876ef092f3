import { Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';
import { UNIT_KINDS, UNIT_STATUSES, EXCLUSION_REASONS, CHROME_REASONS } from './unitAttrs.js';
import { validateReviewRecord } from './reviewRecord.js';

const oneOf =
  (values: readonly unknown[]) =>
  (value: unknown): void => {
    if (!values.includes(value)) throw new RangeError(`expected one of ${values.join(', ')}, got ${String(value)}`);
  };

const positiveIntOrNull =
  (max: number) =>
  (value: unknown): void => {
    if (value !== null && !(Number.isInteger(value) && (value as number) > 0 && (value as number) <= max)) {
      throw new RangeError(`expected an integer from 1 to ${max} or null, got ${String(value)}`);
    }
  };

const timestampOrNull = (value: unknown): void => {
  if (value !== null && !(Number.isSafeInteger(value) && (value as number) >= 0)) {
    throw new RangeError(`expected a millisecond timestamp or null, got ${String(value)}`);
  }
};

const unitId = (value: unknown): void => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) {
    throw new RangeError(`expected a unit id of 1 to 64 characters, got ${String(value)}`);
  }
};

/** Node specs of a Duizhao document: a sequence of aligned units, each a Chinese source and an English target. */
export const nodes = {
  /**
   * The whole report: its units in reading order. A project file's document holds its units directly;
   * the editor's holds them in chunks (`chunks.ts` converts between the two at load and save).
   */
  doc: { content: 'unit+ | chunk+' },

  /**
   * An editor-only level of about twenty-five units, invisible to the user: the view then walks under a hundred
   * chunks and one chunk's units on each keystroke instead of 2,000 siblings, and each chunk is laid
   * out only near the viewport (`content-visibility: auto`). Never written to a project file.
   */
  chunk: {
    content: 'unit+',
    toDOM: () => ['div', { class: 'unit-chunk', role: 'rowgroup' }, 0],
  },

  /**
   * One aligned row. `id` is stable for the life of the project (XLIFF, memory and notes refer to it);
   * `runIn` is the UTF-16 length of a run-in heading at the start of the source, or null.
   * `excludedReason` says what kind of chrome detection found; it is read only while `excluded` is `chrome`.
   */
  unit: {
    // In sentence mode the English is `segments`, one cell a Chinese sentence (`segments.ts`).
    content: 'source (target | segments)',
    attrs: {
      // The default only makes the node generatable; check() refuses an empty id.
      id: { default: '', validate: unitId },
      kind: { default: 'paragraph', validate: oneOf(UNIT_KINDS) },
      level: { default: null, validate: positiveIntOrNull(20) },
      runIn: { default: null, validate: positiveIntOrNull(1_000_000) },
      excluded: { default: null, validate: oneOf([null, ...EXCLUSION_REASONS]) },
      excludedReason: { default: null, validate: oneOf([null, ...CHROME_REASONS]) },
      status: { default: 'untranslated', validate: oneOf(UNIT_STATUSES) },
      updated: { default: null, validate: timestampOrNull },
      // True while the English is what pre-translation took from a memory, untouched by the translator.
      fromMemory: { default: false, validate: 'boolean' },
      // True while the English was filled as a repetition of a confirmed paragraph with the same Chinese, untouched since.
      repetition: { default: false, validate: 'boolean' },
      // A locked unit's English refuses edits until it is unlocked (confirmed or reviewed units only).
      locked: { default: false, validate: 'boolean' },
      // Pending tracked changes of the English (review mode): its baseline and the changes since, or null.
      review: { default: null, validate: validateReviewRecord },
    },
    isolating: true,
    toDOM: (node) => ['div', { class: 'unit', 'data-unit-id': node.attrs['id'] as string }, 0],
  },

  /** The Chinese text of a unit; read-only in the editor, but it may carry annotation marks. */
  source: { content: 'inline*', marks: '_', toDOM: () => ['div', { class: 'source', lang: 'zh-CN' }, 0] },

  /** The English translation of a unit; the editable part. */
  target: { content: 'inline*', marks: '_', toDOM: () => ['div', { class: 'target', lang: 'en' }, 0] },

  /**
   * Sentence mode's English: one `segment` for each sentence of the unit's Chinese, in order
   * (`segments.ts` splits and joins). The paragraph's English is the segments' English joined by a space.
   */
  segments: { content: 'segment+', toDOM: () => ['div', { class: 'segments', lang: 'en' }, 0] },

  /** The English of one Chinese sentence in sentence mode, with its own workflow status. */
  segment: {
    content: 'inline*',
    marks: '_',
    attrs: { status: { default: 'untranslated', validate: oneOf(UNIT_STATUSES) } },
    toDOM: (node) => ['div', { class: 'segment', 'data-status': node.attrs['status'] as string }, 0],
  },

  text: { group: 'inline' },

  /** A line break inside a paragraph (Shift+Enter); rare in reports, but pasted text may have one. */
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
} satisfies Record<string, NodeSpec>;

/** Mark specs: inline formatting of the English (and, later, annotations on both sides). */
export const marks = {
  /** Bold text, Ctrl+B. */
  strong: {
    parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
    toDOM: () => ['strong', 0],
  },
  /** Italic text, Ctrl+I. */
  em: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }],
    toDOM: () => ['em', 0],
  },
  /**
   * A span linked by hand (or by inserting a rendering) to a glossary entry, on either side. Not
   * inclusive: typing at its edge does not extend the link.
   */
  term: {
    attrs: { entryId: { validate: 'string' } },
    inclusive: false,
    parseDOM: [{ tag: 'span[data-term-link]', getAttrs: (dom) => ({ entryId: dom.getAttribute('data-term-link') ?? '' }) }],
    toDOM: (mark) => ['span', { class: 'term-link', 'data-term-link': mark.attrs['entryId'] as string }, 0],
  },
  /**
   * A translator's note anchored on a span, Chinese or English; the note's text lives in the project's
   * `notes`. Notes may overlap, so the mark does not exclude itself.
   */
  note: {
    attrs: { noteId: { validate: 'string' } },
    inclusive: false,
    excludes: '',
    parseDOM: [{ tag: 'span[data-note]', getAttrs: (dom) => ({ noteId: dom.getAttribute('data-note') ?? '' }) }],
    toDOM: (mark) => ['span', { class: 'note-anchor', 'data-note': mark.attrs['noteId'] as string }, 0],
  },
} satisfies Record<string, MarkSpec>;

/**
 * The one schema shared by the renderer, the back end, the CLI and the tests. Its `toDOM`/`parseDOM`
 * rules are plain arrays and records, so the schema stays data and needs no browser types.
 */
export const schema = new Schema({ nodes, marks });

export type DuizhaoSchema = typeof schema;
