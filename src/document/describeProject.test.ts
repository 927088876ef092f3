import { describe, expect, it } from 'vitest';
import { plainTextOf, positionOfOffset } from './describeProject.js';
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
