import { describe, expect, it } from 'vitest';
import { nodesOf, plainTextOf, positionOfOffset } from './plainText.js';
import { schema } from './schema.js';

describe('positionOfOffset', () => {
  it('maps plain-text offsets to positions across marks and hard breaks', () => {
    const target = schema.nodes.target.create(null, [
      schema.text('GDP grew '),
      schema.text('6.7%', [schema.marks.strong.create()]),
      schema.nodes.hard_break.create(),
      schema.text('to 985.2 billion yuan'),
    ]);
    const { text } = plainTextOf(target);
    expect(text).toBe('GDP grew 6.7%\nto 985.2 billion yuan');
    const at = (offset: number): string => target.textBetween(0, positionOfOffset(target, offset), '\n', '\n');
    // Every offset lands where the plain text up to it ends.
    for (let offset = 0; offset <= text.length; offset++) expect(at(offset)).toBe(text.slice(0, offset));
    const start = text.indexOf('985.2');
    expect(target.textBetween(positionOfOffset(target, start), positionOfOffset(target, start + 18))).toBe('985.2 billion yuan');
    expect(positionOfOffset(target, text.length + 5)).toBe(target.content.size);
  });
});

describe('plainTextOf and nodesOf', () => {
  it('are inverses: text, hard breaks, overlapping marks and attrs come back the same', () => {
    const s = schema;
    const target = s.nodes.target.create(null, [
      s.text('Paragraph '),
      s.text('bold', [s.marks.strong.create()]),
      s.text(' both', [s.marks.strong.create(), s.marks.em.create()]),
      s.text(' term', [s.marks.term.create({ entryId: 'e33618' }), s.marks.note.create({ noteId: 'n1' })]),
      s.nodes.hard_break.create(),
      s.text('“33618”', [s.marks.note.create({ noteId: 'n1' })]),
    ]);
    const plain = plainTextOf(target);
    expect(plain.text).toBe('Paragraph bold both term\n“33618”');
    expect(plain.marks).toContainEqual({ type: 'strong', start: 10, end: 19 });
    const rebuilt = s.nodes.target.create(null, nodesOf(plain));
    expect(rebuilt.eq(target)).toBe(true);
    expect(plainTextOf(rebuilt)).toEqual(plain);
  });

  it('drops spans of unknown types, bad attributes or out of range', () => {
    const nodes = nodesOf({
      text: 'abc',
      marks: [
        { type: 'blink', start: 0, end: 1 },
        { type: 'strong', start: 2, end: 9 },
        { type: 'strong', start: 2, end: 2 },
        { type: 'em', start: 1, end: 2 },
      ],
    });
    expect(plainTextOf(schema.nodes.source.create(null, nodes))).toEqual({ text: 'abc', marks: [{ type: 'em', start: 1, end: 2 }] });
  });
});
